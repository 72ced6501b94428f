/** Rules are tuned on TUNE's errors; CHECK is read as totals only, to tell a rule that transfers from one that fits. */
export const GROUPS: Record<string, string[]> = {
  tune: "dev dev3 dev5 dev7 dev9 dev11 dev13 dev16 dev18 dev19 dev21 dev24 dev26 dev28 dev30 dev32 dev34 dev36 dev38 dev40 dev42 dev44 dev46 dev48 dev50 dev52 dev54 dev56 dev58 dev60 dev62 dev64 dev66 dev68 dev69 dev71".split(
    " ",
  ),
  check:
    "dev2 dev4 dev6 dev8 dev10 dev12 dev14 dev15 dev17 dev20 dev22 dev23 dev25 dev27 dev29 dev31 dev33 dev35 dev37 dev39 dev41 dev43 dev45 dev47 dev49 dev51 dev53 dev55 dev57 dev59 dev61 dev63 dev65 dev67 dev70".split(
      " ",
    ),
  blind: "dev72 dev73 dev74 dev75".split(" "),
};
