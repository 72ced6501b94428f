import { resolve } from "node:path";
import { repoRoot } from "../paths.ts";

/** The project's own annotated event test set (see its README). Never tuned on. */
export const EVENTS_GOLD_DIR = resolve(repoRoot, "test/fixtures/events-gold");

/** The development split, annotated the same way on other articles: the one to look at errors on and tune with. */
export const EVENTS_DEV_DIR = resolve(repoRoot, "test/fixtures/events-dev");

/**
 * A second development batch, annotated blind on other articles (see its README): unseen by the extractor when it
 * was written, so its first score is an honest estimate of generalisation; afterwards it is dev data like the first.
 */
export const EVENTS_DEV2_DIR = resolve(repoRoot, "test/fixtures/events-dev2");

/**
 * A third development batch, annotated blind on other articles (see its README), like the second: its first score is
 * an honest estimate of how the extractor generalises to unseen news; afterwards it is dev data.
 */
export const EVENTS_DEV3_DIR = resolve(repoRoot, "test/fixtures/events-dev3");

/**
 * A fourth development batch, annotated blind in session 5 (see its README): scored blind at that session's start and
 * end (F1 0.548 and 0.577), an honest estimate of generalisation to unseen news; dev data since.
 */
export const EVENTS_DEV4_DIR = resolve(repoRoot, "test/fixtures/events-dev4");

/**
 * A fifth development batch, annotated blind in session 5 for the next session (see its README): scored blind at
 * session 5's start and end and at session 6's start (F1 0.507, 0.547, 0.547), an honest estimate of generalisation
 * to unseen news; dev data since.
 */
export const EVENTS_DEV5_DIR = resolve(repoRoot, "test/fixtures/events-dev5");

/**
 * A sixth development batch, annotated blind in session 6 (see its README): scored blind at that session's start and
 * end (F1 0.531 and 0.567), an honest estimate of generalisation to unseen news; dev data (tuning and training) since
 * session 7.
 */
export const EVENTS_DEV6_DIR = resolve(repoRoot, "test/fixtures/events-dev6");

/**
 * A seventh development batch, annotated blind in session 6 for the next session (see its README): Maghreb, Egypt,
 * Sudan, the Sahel, the Horn and the rest of Africa, Europe and the Americas. Scored blind at session 6's start and
 * end and at session 7's start (F1 0.488, 0.569, 0.569); dev data (tuning and training) since.
 */
export const EVENTS_DEV7_DIR = resolve(repoRoot, "test/fixtures/events-dev7");

/**
 * An eighth development batch, written blind in session 6 as extra dev data (see its README): the Levant, Iraq, the
 * Gulf, Yemen, Iran, Turkey and the rest of Asia. Annotated from the texts and the guidelines only, before anyone ran
 * the extractor on it or tuned on it; dev data (training and tuning) from its landing. No score floor until the
 * lead's first score (F1 0.543 on db62483, before the confidence filter was shipped).
 */
export const EVENTS_DEV8_DIR = resolve(repoRoot, "test/fixtures/events-dev8");

/**
 * A ninth development batch, written blind in session 6 as extra dev data (see its README): Maghreb, Egypt, Sudan,
 * the Sahel, the Horn and the rest of Africa, Europe and the Americas. Annotated before anyone ran the extractor on
 * it or tuned on it; dev data from the start (training data for the confidence filter, tuning data for rules). No
 * score floor until the lead's first score (F1 0.509 on 40fe967, before the confidence filter was shipped).
 */
export const EVENTS_DEV9_DIR = resolve(repoRoot, "test/fixtures/events-dev9");

/**
 * A tenth event batch, written blind in session 7 (see its README) as the session's held-out yardstick: a world-wide
 * mix of May-June 2018 news and 2017 Tunisian radio, with its share of hard negatives. Scored blind (totals only) at
 * session 7's start and end and at session 8's start (F1 0.583, 0.559, 0.559); dev data (tuning and training) since.
 */
export const EVENTS_DEV10_DIR = resolve(repoRoot, "test/fixtures/events-dev10");

/**
 * Twelfth dev batch (see its README): about seventy articles from every region, written blind in session 7 at the same
 * time as the dev10, dev11 and dev13 batches, in its own date window (ANT multi-source articles of April and July 2018,
 * Jawhara FM articles of 2015 or earlier). Annotated before anyone ran the extractor on it or tuned on it; dev data
 * from the start (training data for the confidence filter, tuning data for rules). No score floor until the lead's
 * first score.
 */
export const EVENTS_DEV12_DIR = resolve(repoRoot, "test/fixtures/events-dev12");

/**
 * An eleventh development batch, written blind in session 7 as extra dev data (see its README): the whole world, from
 * ANT articles published up to March 2018 (Jawhara FM: 2016). Annotated from the texts and the guidelines only,
 * before anyone ran the extractor on it or tuned on it; dev data from its landing (training data for the confidence
 * filter, tuning data for rules). No score floor until the lead's first score.
 */
export const EVENTS_DEV11_DIR = resolve(repoRoot, "test/fixtures/events-dev11");

/**
 * A thirteenth development batch, written blind in session 7 as extra dev data (see its README): political and
 * security news from every region, published August to October 2018, with hard negatives. Annotated from the texts
 * and the guidelines only, before anyone ran the extractor on it; dev data from its landing (training data for the
 * confidence filter, tuning data for rules). No score floor until the lead's first score.
 */
export const EVENTS_DEV13_DIR = resolve(repoRoot, "test/fixtures/events-dev13");

/**
 * A fourteenth development batch, written blind in session 7 as extra dev data (see its README): political and
 * security news from every region, ANT multi-source articles of February to April 2018 and Jawhara FM articles of
 * 2016-2017, with hard negatives. Annotated from the texts and the guidelines only, before anyone ran the extractor
 * on it; dev data from its landing (tuning data for rules; not yet training data for the confidence filter, see
 * TRAINING_BATCHES), with a score floor.
 */
export const EVENTS_DEV14_DIR = resolve(repoRoot, "test/fixtures/events-dev14");

/**
 * A fifteenth development batch, written blind in session 7 as extra dev data (see its README): political and
 * security news from every region, ANT multisource articles published July to October 2018 and Jawhara FM articles
 * of 2015 or earlier, with hard negatives. Annotated from the texts and the guidelines only, before anyone ran the
 * extractor on it; dev data from its landing (tuning data for rules; not yet training data for the confidence filter,
 * see TRAINING_BATCHES), with a score floor.
 */
export const EVENTS_DEV15_DIR = resolve(repoRoot, "test/fixtures/events-dev15");

/**
 * A sixteenth event batch, written blind in session 7 (see its README) as the session's SECOND held-out yardstick
 * (after events-dev10): a world-wide mix of February-October 2018 news and Tunisian radio of 2014-2017, with its share
 * of hard negatives. Scored blind (totals only) at session 7's start and end and at session 8's start (F1 0.358, 0.388,
 * 0.388: far below every other batch); dev data (tuning and training) since.
 */
export const EVENTS_DEV16_DIR = resolve(repoRoot, "test/fixtures/events-dev16");

/**
 * A seventeenth event batch, written blind in session 8 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev18, written at the same time by another annotator): a world-wide mix of May 2018 news and
 * 2017 Tunisian radio, with its share of hard negatives. Scored blind (totals only) at session 8's start and end and
 * at session 9's start (F1 0.438, 0.512, 0.512); dev data (tuning and training) since.
 */
export const EVENTS_DEV17_DIR = resolve(repoRoot, "test/fixtures/events-dev17");

/**
 * An eighteenth event batch, written blind in session 8 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev17, written at the same time by another annotator): a world-wide mix of June 2018 news
 * and Tunisian radio of 2013-2015, with its share of hard negatives. Scored blind (totals only) at session 8's start
 * and end and at session 9's start (F1 0.361, 0.409, 0.409); dev data (tuning and training) since.
 */
export const EVENTS_DEV18_DIR = resolve(repoRoot, "test/fixtures/events-dev18");

/**
 * A twentieth development batch, written blind in session 8 as extra dev data (see its README): political and security
 * news from every region, ANT multi-source articles of April and of September-October 2018, with hard negatives.
 * Annotated from the texts and the guidelines only, before anyone ran the extractor on it or tuned on it; dev data
 * from its landing (training data for the confidence filter and tuning data for rules), with a score floor.
 */
export const EVENTS_DEV20_DIR = resolve(repoRoot, "test/fixtures/events-dev20");

/**
 * A nineteenth development batch, written blind in session 8 as new dev (training and tuning) data (see its README),
 * at the same time as events-dev20 and the blind events-dev17 and -dev18: political and security news from every
 * region, ANT multi-source articles of March 2018 and Jawhara FM articles of 2016, with hard negatives. Annotated
 * from the texts and the guidelines only, before anyone ran the extractor on it; dev data from its landing, with a
 * score floor.
 */
export const EVENTS_DEV19_DIR = resolve(repoRoot, "test/fixtures/events-dev19");

/**
 * A twenty-third development batch, written blind in session 9 as new dev (training and tuning) data (see its
 * README), at the same time as the blind events-dev21 and -dev22 (other annotators, other date windows): political
 * and security news from every region, ANT multi-source articles of February and of May-June 2018 and Jawhara FM
 * articles of 2015-2016, with hard negatives. Annotated from the texts and the guidelines only, before anyone ran the
 * extractor on it; dev data from its landing, with a score floor since session 10.
 */
export const EVENTS_DEV23_DIR = resolve(repoRoot, "test/fixtures/events-dev23");

/**
 * A twenty-second event batch, written blind in session 9 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev21, written at the same time by another annotator): a world-wide mix of August-October
 * 2018 news and 2017 Tunisian radio, with its share of hard negatives. Scored blind (totals only) at session 9's start
 * and end and at session 10's start (F1 0.513, 0.513, 0.513); dev data (tuning and training) since.
 */
export const EVENTS_DEV22_DIR = resolve(repoRoot, "test/fixtures/events-dev22");

/**
 * A twenty-first event batch, written blind in session 9 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev22, written at the same time by another annotator): a world-wide mix of July 2018 news
 * and Tunisian radio of 2013-2014, with its share of hard negatives. Scored blind (totals only) at session 9's start
 * and end and at session 10's start (F1 0.574, 0.568, 0.568); dev data (tuning and training) since.
 */
export const EVENTS_DEV21_DIR = resolve(repoRoot, "test/fixtures/events-dev21");

/**
 * A twenty-fourth event batch, written blind in session 10 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev25, written at the same time by another annotator): a world-wide mix of March-April 2018
 * news and Tunisian radio of 2014-2015, with its share of hard negatives. Scored blind (totals only) at session 10's
 * start and end and at session 11's start (F1 0.479, 0.491, 0.491); dev data (tuning and training) since.
 */
export const EVENTS_DEV24_DIR = resolve(repoRoot, "test/fixtures/events-dev24");

/**
 * A twenty-fifth event batch, written blind in session 10 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev24, written at the same time by another annotator in another date window): a world-wide
 * mix of July-October 2018 news and Tunisian radio of 2016-2017, with its share of hard negatives. Scored blind (totals
 * only) at session 10's start and end and at session 11's start (F1 0.438, 0.423, 0.423); dev data (tuning and
 * training) since.
 */
export const EVENTS_DEV25_DIR = resolve(repoRoot, "test/fixtures/events-dev25");

/**
 * A twenty-seventh event batch, written blind in session 11 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev26, written at the same time by another annotator in another date window): a world-wide
 * mix of April and June-August 2018 news and Tunisian radio of 2017, with its share of hard negatives. Scored blind
 * (totals only) at session 11's start and end and at session 12's start (F1 0.487, 0.495, 0.495); dev data (tuning
 * and training) since.
 */
export const EVENTS_DEV27_DIR = resolve(repoRoot, "test/fixtures/events-dev27");

/**
 * A twenty-ninth event batch, written blind in session 12 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev28, written at the same time by another annotator in another date window): a world-wide
 * mix of February and August 2018 news and Tunisian radio of the first half of 2017, with its share of hard negatives.
 * Scored blind (totals only) at session 12's start and end and at session 13's start (F1 0.482, 0.486, 0.486); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV29_DIR = resolve(repoRoot, "test/fixtures/events-dev29");

/**
 * A twenty-sixth event batch, written blind in session 11 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev27, written at the same time by another annotator in another date window): a world-wide
 * mix of February-March and May 2018 news and Tunisian radio of 2015-2016, with its share of hard negatives. Scored
 * blind (totals only) at session 11's start and end and at session 12's start (F1 0.457, 0.457, 0.457); dev data
 * (tuning and training) since.
 */
export const EVENTS_DEV26_DIR = resolve(repoRoot, "test/fixtures/events-dev26");

/**
 * A twenty-eighth event batch, written blind in session 12 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev29, written at the same time by another annotator in another date window): a world-wide
 * mix of September-October 2018 news and Tunisian radio of 2014 and of July-December 2016, with its share of hard
 * negatives. Scored blind (totals only) at session 12's start and end and at session 13's start (F1 0.371, 0.371,
 * 0.371); dev data (tuning and training) since.
 */
export const EVENTS_DEV28_DIR = resolve(repoRoot, "test/fixtures/events-dev28");

/**
 * A thirty-first event batch, written blind in session 13 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev30, written at the same time by another annotator in another date window): a world-wide
 * mix of March and May 2018 news and Tunisian radio of 2013-2014 and of the first half of 2016, with its share of hard
 * negatives. Scored blind (totals only) at session 13's start and end and at session 14's start (F1 0.296, 0.308,
 * 0.308); dev data (tuning and training) since.
 */
export const EVENTS_DEV31_DIR = resolve(repoRoot, "test/fixtures/events-dev31");

/**
 * A thirtieth event batch, written blind in session 13 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev31, written at the same time by another annotator in another date window): a world-wide
 * mix of April and June 2018 news and Tunisian radio of 2015, with its share of hard negatives. Scored blind (totals
 * only) at session 13's start and end and at session 14's start (F1 0.379, 0.385, 0.385); dev data (tuning and
 * training) since.
 */
export const EVENTS_DEV30_DIR = resolve(repoRoot, "test/fixtures/events-dev30");

/**
 * A thirty-third event batch, written blind in session 14 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev32, written at the same time by another annotator in another date window): a world-wide
 * mix of February, August and September 2018 news and Tunisian radio of the second half of 2013 and of 2017, with its
 * share of hard negatives. Scored blind (totals only) at session 14's start and end and at session 15's start (F1
 * 0.486, 0.491, 0.491); dev data (tuning and training) since.
 */
export const EVENTS_DEV33_DIR = resolve(repoRoot, "test/fixtures/events-dev33");

/**
 * A thirty-second event batch, written blind in session 14 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev33, written at the same time by another annotator in another date window): a world-wide
 * mix of July and October 2018 news and Tunisian radio of July-December 2016, with its share of hard negatives. Scored
 * blind (totals only) at session 14's start and end and at session 15's start (F1 0.398, 0.408, 0.408); dev data
 * (tuning and training) since.
 */
export const EVENTS_DEV32_DIR = resolve(repoRoot, "test/fixtures/events-dev32");

/**
 * A thirty-fourth event batch, written blind in session 15 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev35, written at the same time by another annotator in another date window): a world-wide
 * mix of April and June 2018 news and Tunisian radio of 2014 and of March-June 2017, with its share of hard negatives.
 * Scored blind (totals only) at session 15's start and end and at session 16's start (F1 0.437, 0.441, 0.441); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV34_DIR = resolve(repoRoot, "test/fixtures/events-dev34");

/**
 * A thirty-fifth event batch, written blind in session 15 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev34, written at the same time by another annotator in another date window): a world-wide
 * mix of March and May 2018 news and Tunisian radio of 2015 and of January-February 2017, with its share of hard
 * negatives. Scored blind (totals only) at session 15's start and end and at session 16's start (F1 0.524, 0.535,
 * 0.535); dev data (tuning and training) since.
 */
export const EVENTS_DEV35_DIR = resolve(repoRoot, "test/fixtures/events-dev35");

/**
 * A thirty-sixth event batch, written blind in session 16 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev37, written at the same time by another annotator in another date window): a world-wide
 * mix of May and July 2018 news and Tunisian radio of January-June 2016 and of March-April 2017, with its share of hard
 * negatives. Scored blind (totals only) at session 16's start and end and at session 17's start (F1 0.402, 0.402,
 * 0.402); dev data (tuning and training) since.
 */
export const EVENTS_DEV36_DIR = resolve(repoRoot, "test/fixtures/events-dev36");

/**
 * A thirty-seventh event batch, written blind in session 16 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev36, written at the same time by another annotator in another date window): a world-wide
 * mix of April and October 2018 news and Tunisian radio of July-December 2016 and of May-June 2017, with its share of
 * hard negatives. Scored blind (totals only) at session 16's start and end and at session 17's start (F1 0.373, 0.375,
 * 0.375); dev data (tuning and training) since.
 */
export const EVENTS_DEV37_DIR = resolve(repoRoot, "test/fixtures/events-dev37");

/**
 * A thirty-eighth event batch, written blind in session 17 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev39, written at the same time by another annotator in another date window): a world-wide
 * mix of March and June 2018 news and Tunisian radio of 2015 and of January-February 2017, with its share of hard
 * negatives. Scored blind (totals only) at session 17's start and end and at session 18's start (F1 0.440, 0.440,
 * 0.440); dev data (tuning and training) since.
 */
export const EVENTS_DEV38_DIR = resolve(repoRoot, "test/fixtures/events-dev38");

/**
 * A thirty-ninth event batch, written blind in session 17 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev38, written at the same time by another annotator in another date window): a world-wide
 * mix of May and August 2018 news and Tunisian radio of March-June 2017, with its share of hard negatives. Scored
 * blind (totals only) at session 17's start and end and at session 18's start (F1 0.328, 0.329, 0.329); dev data
 * (tuning and training) since.
 */
export const EVENTS_DEV39_DIR = resolve(repoRoot, "test/fixtures/events-dev39");

/**
 * A fortieth event batch, written blind in session 18 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev41, written at the same time by another annotator in another date window): a world-wide
 * mix of April and July 2018 news and Tunisian radio of March-May and September-November 2016, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 18's start and end and at session 19's start (F1
 * 0.463, 0.461, 0.461); dev data (tuning and training) since.
 */
export const EVENTS_DEV40_DIR = resolve(repoRoot, "test/fixtures/events-dev40");

/**
 * A forty-first event batch, written blind in session 18 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev40, written at the same time by another annotator in another date window): a world-wide
 * mix of May and September 2018 news and Tunisian radio of June-August 2016 and of December 2016-January 2017, with
 * its share of hard negatives. Scored blind (totals only, final keys) at session 18's start and end and at session
 * 19's start (F1 0.252, 0.256, 0.256); dev data (tuning and training) since.
 */
export const EVENTS_DEV41_DIR = resolve(repoRoot, "test/fixtures/events-dev41");

/**
 * A forty-second event batch, written blind in session 18 (see its README) as one of the session's held-out
 * yardsticks (with events-dev43, written at the same time by another annotator in another date window): a world-wide
 * mix of February and October 2018 news and Tunisian radio of July-December 2015 and January-March 2017, with its
 * share of hard negatives. Scored blind (totals only, final keys) at session 18's start and end and at session 19's
 * start (F1 0.412, 0.412, 0.412); dev data (tuning and training) since.
 */
export const EVENTS_DEV42_DIR = resolve(repoRoot, "test/fixtures/events-dev42");

/**
 * A forty-third event batch, written blind in session 18 (see its README) as one of the session's two held-out
 * yardsticks (with events-dev42, written at the same time by another annotator in another date window): a world-wide
 * mix of March and August 2018 news and Tunisian radio of January-June 2015 and April-June 2017, with its share of
 * hard negatives. Scored blind (totals only, final keys) at session 18's start and end and at session 19's start (F1
 * 0.373, 0.388, 0.388); dev data (tuning and training) since.
 */
export const EVENTS_DEV43_DIR = resolve(repoRoot, "test/fixtures/events-dev43");

/**
 * A forty-fourth event batch, written blind in session 19 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev44 to dev47, written at the same time by other annotators in other date
 * windows): a world-wide mix of February and June 2018 news and Tunisian radio of October 2013-December 2014, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 19's start and end and at session 20's start (F1 0.381, 0.387, 0.387); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV44_DIR = resolve(repoRoot, "test/fixtures/events-dev44");

/**
 * A forty-fifth event batch, written blind in session 19 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev44 to dev47, written at the same time by other annotators in other date
 * windows): a world-wide mix of March and September 2018 news and Tunisian radio of 2015, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 19's start and end and at session 20's start (F1 0.345, 0.338, 0.338); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV45_DIR = resolve(repoRoot, "test/fixtures/events-dev45");

/**
 * A forty-sixth event batch, written blind in session 19 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev44 to dev47, written at the same time by other annotators in other date
 * windows): a world-wide mix of April and August 2018 news and Tunisian radio of January-December 2016, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 19's start and end and at session 20's start (F1 0.422, 0.441, 0.441); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV46_DIR = resolve(repoRoot, "test/fixtures/events-dev46");

/**
 * A forty-seventh event batch, written blind in session 19 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev44 to dev47, written at the same time by other annotators in other date
 * windows): a world-wide mix of May and October 2018 news and Tunisian radio of January-June 2017, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 19's start and end and at session 20's start (F1 0.364, 0.359, 0.359); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV47_DIR = resolve(repoRoot, "test/fixtures/events-dev47");

/**
 * A forty-eighth event batch, written blind in session 20 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev48 to dev51, written at the same time by other annotators in other date
 * windows): a world-wide mix of February and July 2018 news and Tunisian radio of July-September 2016, with its share
 * of hard negatives. Scored blind (totals only, final keys) at session 20's start and end and at session 21's start (F1
 * 0.391, 0.434, 0.434); dev data (tuning and training) since.
 */
export const EVENTS_DEV48_DIR = resolve(repoRoot, "test/fixtures/events-dev48");

/**
 * A fiftieth event batch, written blind in session 20 (see its README) as one of the session's four held-out yardsticks
 * (with the other batches of dev48 to dev51, written at the same time by other annotators in other date windows): a
 * world-wide mix of April, September and October 2018 news and Tunisian radio of October 2013-December 2015, with its
 * share of hard negatives. Scored blind (totals only, final keys) at session 20's start and end and at session 21's
 * start (F1 0.234, 0.244, 0.244); dev data (tuning and training) since.
 */
export const EVENTS_DEV50_DIR = resolve(repoRoot, "test/fixtures/events-dev50");

/**
 * A fifty-first event batch, written blind in session 20 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev48 to dev51, written at the same time by other annotators in other date
 * windows): a world-wide mix of May and June 2018 news and Tunisian radio of October 2016-June 2017, with its share of
 * hard negatives. Scored blind (totals only, final keys) at session 20's start and end and at session 21's start (F1
 * 0.282, 0.280, 0.280); dev data (tuning and training) since.
 */
export const EVENTS_DEV51_DIR = resolve(repoRoot, "test/fixtures/events-dev51");

/**
 * A forty-ninth event batch, written blind in session 20 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev48 to dev51, written at the same time by other annotators in other date
 * windows): a world-wide mix of March and August 2018 news and Tunisian radio of January-June 2016, with its share of
 * hard negatives. Scored blind (totals only, final keys) at session 20's start and end and at session 21's start (F1
 * 0.298, 0.333, 0.333); dev data (tuning and training) since.
 */
export const EVENTS_DEV49_DIR = resolve(repoRoot, "test/fixtures/events-dev49");

/**
 * A fifty-second event batch, written blind in session 21 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev52 to dev55, written at the same time by other annotators in other date
 * windows): a world-wide mix of February and June 2018 news and Tunisian radio of January-February 2017, with its share
 * of hard negatives. Scored blind (totals only, final keys) at session 21's start and end and at session 22's start (F1
 * 0.353, 0.374, 0.374); dev data (tuning and training) since.
 */
export const EVENTS_DEV52_DIR = resolve(repoRoot, "test/fixtures/events-dev52");

/**
 * A fifty-fifth event batch, written blind in session 21 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev52 to dev55, written at the same time by other annotators in other date
 * windows): a world-wide mix of May, September and October 2018 news and Tunisian radio of July-December 2016, with its
 * share of hard negatives. Scored blind (totals only, final keys) at session 21's start and end and at session 22's
 * start (F1 0.290, 0.290, 0.290); dev data (tuning and training) since.
 */
export const EVENTS_DEV55_DIR = resolve(repoRoot, "test/fixtures/events-dev55");

/**
 * A fifty-fourth event batch, written blind in session 21 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev52 to dev55, written at the same time by other annotators in other date
 * windows): a world-wide mix of April and August 2018 news and Tunisian radio of May and June 2017, with its share of
 * hard negatives. Scored blind (totals only, final keys) at session 21's start and end and at session 22's start (F1
 * 0.359, 0.368, 0.368); dev data (tuning and training) since.
 */
export const EVENTS_DEV54_DIR = resolve(repoRoot, "test/fixtures/events-dev54");

/**
 * A fifty-third event batch, written blind in session 21 (see its README) as one of the session's four held-out
 * yardsticks (with the other batches of dev52 to dev55, written at the same time by other annotators in other date
 * windows): a world-wide mix of March and July 2018 news and Tunisian radio of March-April 2017, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 21's start and end and at session 22's start (F1 0.337,
 * 0.354, 0.354); dev data (tuning and training) since.
 */
export const EVENTS_DEV53_DIR = resolve(repoRoot, "test/fixtures/events-dev53");

/**
 * A fifty-seventh event batch, written blind in session 22 (see its README) as one of the session's four held-out
 * yardsticks (with dev56, dev58 and dev59, written at the same time by other annotators in other date windows): a
 * world-wide mix of March and September 2018 news and Tunisian radio of April-June 2017, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 22's start and end and at session 23's start (F1 0.352,
 * 0.364, 0.364); dev data (tuning and training) since.
 */
export const EVENTS_DEV57_DIR = resolve(repoRoot, "test/fixtures/events-dev57");

/**
 * A fifty-eighth event batch, written blind in session 22 (see its README) as one of the session's held-out yardsticks
 * (with dev56, dev57 and dev59, written at the same time by other annotators in other date windows): a world-wide mix
 * of April and October 2018 news and Tunisian radio of January-December 2016, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 22's start and end and at session 23's start (F1 0.423, 0.438, 0.438); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV58_DIR = resolve(repoRoot, "test/fixtures/events-dev58");

/**
 * A fifty-ninth event batch, written blind in session 22 (see its README) as one of the session's held-out yardsticks
 * (with dev56 to dev58, written at the same time by other annotators in other date windows): a world-wide mix of May,
 * June and July 2018 news and Tunisian radio of October 2013 to December 2015, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 22's start and end and at session 23's start (F1 0.299, 0.342, 0.342); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV59_DIR = resolve(repoRoot, "test/fixtures/events-dev59");

/**
 * A fifty-sixth event batch, written blind in session 22 (see its README) as one of the session's held-out yardsticks
 * (with the other batches of dev56 to dev59, written at the same time by other annotators in other date windows): a
 * world-wide mix of February and August 2018 news and Tunisian radio of January-March 2017, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 22's start and end and at session 23's start (F1 0.273,
 * 0.273, 0.273); dev data (tuning and training) since.
 */
export const EVENTS_DEV56_DIR = resolve(repoRoot, "test/fixtures/events-dev56");

/**
 * A sixty-first event batch, written blind in session 23 (see its README) as one of the session's held-out yardsticks
 * (with dev60, dev62 and dev63, written at the same time by other annotators in other date windows): a world-wide mix
 * of March and August 2018 news and Tunisian radio of July-December 2016, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 23's start and end and at session 24's start (F1 0.362, 0.362, 0.362); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV61_DIR = resolve(repoRoot, "test/fixtures/events-dev61");

/**
 * A sixtieth event batch, written blind in session 23 (see its README) as one of the session's held-out yardsticks
 * (with dev61 to dev63, written at the same time by other annotators in other date windows): a world-wide mix of
 * February and July 2018 news and Tunisian radio of April-June 2017, with its share of hard negatives. Scored blind
 * (totals only, final keys) at session 23's start and end and at session 24's start (F1 0.232, 0.232, 0.232); dev data
 * (tuning and training) since.
 */
export const EVENTS_DEV60_DIR = resolve(repoRoot, "test/fixtures/events-dev60");

/**
 * A sixty-fifth event batch, written blind in session 24 (see its README) as one of the session's held-out yardsticks
 * (with dev64 and dev66, written at the same time by other annotators in other date windows): a world-wide mix of
 * April, August and September 2018 news and Tunisian radio of 2013-2015 and March-April 2017, with its share of hard
 * negatives.
 * Scored blind (totals only, final keys) at session 24's start and end and at session 25's start (F1 0.524, 0.547,
 * 0.547); dev data (tuning and training) since.
 */
export const EVENTS_DEV65_DIR = resolve(repoRoot, "test/fixtures/events-dev65");

/**
 * A sixty-third event batch, written blind in session 23 (see its README) as one of the session's held-out yardsticks
 * (with dev60 to dev62, written at the same time by other annotators in other date windows): a world-wide mix of May,
 * June and 1-20 October 2018 news and Tunisian radio of January-March 2017, with its share of hard negatives. Scored
 * blind (totals only, final keys) at session 23's start and end and at session 24's start (F1 0.299, 0.321, 0.321); dev
 * data (tuning and training) since.
 */
export const EVENTS_DEV63_DIR = resolve(repoRoot, "test/fixtures/events-dev63");

/**
 * A sixty-fourth event batch, written blind in session 24 (see its README) as one of the session's held-out yardsticks
 * (with dev65 and dev66, written at the same time by other annotators in other date windows): a world-wide mix of
 * February, March and July 2018 news and Tunisian radio of July 2016-February 2017, with its share of hard negatives.
 * Scored blind (totals only, final keys) at session 24's start and end and at session 25's start (F1 0.492, 0.492,
 * 0.492); dev data (tuning and training) since.
 */
export const EVENTS_DEV64_DIR = resolve(repoRoot, "test/fixtures/events-dev64");

/**
 * A sixty-second event batch, written blind in session 23 (see its README) as one of the session's held-out yardsticks
 * (with dev60, dev61 and dev63, written at the same time by other annotators in other date windows): a world-wide mix
 * of April and September 2018 news and Tunisian radio of October 2013 to June 2016, with its share of hard negatives.
 * Scored blind (totals only, final keys) at session 23's start and end and at session 24's start (F1 0.402, 0.402,
 * 0.402); dev data (tuning and training) since.
 */
export const EVENTS_DEV62_DIR = resolve(repoRoot, "test/fixtures/events-dev62");

/**
 * A sixty-sixth event batch, written blind in session 24 (see its README) as one of the session's held-out yardsticks
 * (with dev64 and dev65, written at the same time by other annotators in other date windows): a world-wide mix of May,
 * June and October 2018 news and Tunisian radio of January-June 2016 and May-June 2017, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 24's start and end and
 * at session 25's start (F1 0.439, 0.435, 0.435); dev data (tuning and training) since.
 */
export const EVENTS_DEV66_DIR = resolve(repoRoot, "test/fixtures/events-dev66");

/**
 * A sixty-seventh event batch, written blind in session 25 (see its README) as one of the session's held-out yardsticks
 * (with dev68 and dev69, written at the same time by other annotators in other date windows): a world-wide mix of
 * March, June and September 2018 news and Tunisian radio of January-April 2017, with its share of hard negatives.
 * Scored blind (totals only, final keys) at session 25's start and end and at session 26's start (F1 0.597, 0.625,
 * 0.625); dev data (tuning and training) since.
 */
export const EVENTS_DEV67_DIR = resolve(repoRoot, "test/fixtures/events-dev67");

/**
 * A sixty-ninth event batch, written blind in session 25 (see its README) as one of the session's held-out yardsticks
 * (with dev67 and dev68, written at the same time by other annotators in other date windows): a world-wide mix of
 * February, May and August 2018 news and Tunisian radio of January-June 2016 and May-June 2017, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 25's start and end and at session 26's start (F1 0.300,
 * 0.300, 0.300); dev data (tuning and training) since.
 */
export const EVENTS_DEV69_DIR = resolve(repoRoot, "test/fixtures/events-dev69");

/**
 * A sixty-eighth event batch, written blind in session 25 (see its README) as one of the session's held-out yardsticks
 * (with dev67 and dev69, written at the same time by other annotators in other date windows): a world-wide mix of
 * April, July and October 2018 news and Tunisian radio of 2014-2015 and July-December 2016, with its share of hard
 * negatives. Scored blind (totals only, final keys) at session 25's start and end and at session 26's start (F1 0.408,
 * 0.400, 0.400); dev data (tuning and training) since.
 */
export const EVENTS_DEV68_DIR = resolve(repoRoot, "test/fixtures/events-dev68");

/**
 * A seventieth event batch, written blind in session 25 (see its README) as one of the session's held-out yardsticks
 * (with dev67 to dev69 and dev71, written by other annotators in other date windows): a world-wide mix of March, May
 * and July 2018 news and Tunisian radio of January-March 2017, with its share of hard negatives. Scored blind (totals
 * only, final keys) at session 25's start and end and at session 26's start (F1 0.335, 0.335, 0.335); dev data (tuning
 * and training) since.
 */
export const EVENTS_DEV70_DIR = resolve(repoRoot, "test/fixtures/events-dev70");

/**
 * A seventy-first event batch, written blind in session 25 (see its README) as one of the session's held-out yardsticks
 * (with dev67 to dev70, written by other annotators in other date windows): a world-wide mix of April, June and
 * August-October 2018 news and Tunisian radio of April-June 2017, with its share of hard negatives. Scored blind
 * (totals only, final keys) at session 25's start and end and at session 26's start (F1 0.585, 0.577, 0.577); dev data
 * (tuning and training) since.
 */
export const EVENTS_DEV71_DIR = resolve(repoRoot, "test/fixtures/events-dev71");

/**
 * A seventy-fifth event batch, written blind in session 26 (see its README) as one of the session's held-out yardsticks
 * (with dev72 to dev74, written by other annotators in other date windows): a world-wide mix of May 2018 news and
 * Tunisian radio of January-June 2016 (two articles of spring 2017), with its share of hard negatives. BLIND: nobody
 * but the lead runs the extractor on it or reads its scores; not in TRAINING_BATCHES, no floor.
 */
export const EVENTS_DEV75_DIR = resolve(repoRoot, "test/fixtures/events-dev75");

/**
 * A seventy-second event batch, written blind in session 26 (see its README) as one of the session's held-out yardsticks
 * (with dev73 to dev75, written at the same time by other annotators in other date windows): a world-wide mix of
 * February, June and September 2018 news and Tunisian radio of October 2013-December 2015, with its share of hard
 * negatives. BLIND: nobody but the lead runs the extractor on it or reads its scores; not in TRAINING_BATCHES, no floor.
 */
export const EVENTS_DEV72_DIR = resolve(repoRoot, "test/fixtures/events-dev72");

/**
 * A seventy-third event batch, written blind in session 26 (see its README) as one of the session's held-out yardsticks
 * (with dev72, dev74 and dev75, written at the same time by other annotators in other date windows): a world-wide mix of
 * March, July and October 2018 news and Tunisian radio of February-March 2017, with its share of hard negatives. BLIND:
 * nobody but the lead runs the extractor on it or reads its scores; not in TRAINING_BATCHES, no floor.
 */
export const EVENTS_DEV73_DIR = resolve(repoRoot, "test/fixtures/events-dev73");

/**
 * A seventy-fourth event batch, written blind in session 26 (see its README) as one of the session's held-out
 * yardsticks (with dev72, dev73 and dev75, written by other annotators in other date windows): a world-wide mix of
 * January, April and August 2018 news and Tunisian radio of July-December 2016, with its share of hard negatives.
 * BLIND: nobody but the lead runs the extractor on it or reads its scores; not in TRAINING_BATCHES, no floor.
 */
export const EVENTS_DEV74_DIR = resolve(repoRoot, "test/fixtures/events-dev74");

/**
 * Every annotated event set: the test split and the dev batches. A new batch shares no article and no story with any
 * of the others (see describeBlindBatch in key-set-checks.ts).
 */
export const EVENT_KEY_SET_DIRS: readonly string[] = [
  EVENTS_GOLD_DIR,
  EVENTS_DEV_DIR,
  EVENTS_DEV2_DIR,
  EVENTS_DEV3_DIR,
  EVENTS_DEV4_DIR,
  EVENTS_DEV5_DIR,
  EVENTS_DEV6_DIR,
  EVENTS_DEV7_DIR,
  EVENTS_DEV8_DIR,
  EVENTS_DEV9_DIR,
  EVENTS_DEV10_DIR,
  EVENTS_DEV12_DIR,
  EVENTS_DEV11_DIR,
  EVENTS_DEV13_DIR,
  EVENTS_DEV14_DIR,
  EVENTS_DEV15_DIR,
  EVENTS_DEV16_DIR,
  EVENTS_DEV17_DIR,
  EVENTS_DEV18_DIR,
  EVENTS_DEV20_DIR,
  EVENTS_DEV19_DIR,
  EVENTS_DEV23_DIR,
  EVENTS_DEV22_DIR,
  EVENTS_DEV21_DIR,
  EVENTS_DEV24_DIR,
  EVENTS_DEV25_DIR,
  EVENTS_DEV27_DIR,
  EVENTS_DEV26_DIR,
  EVENTS_DEV29_DIR,
  EVENTS_DEV28_DIR,
  EVENTS_DEV31_DIR,
  EVENTS_DEV30_DIR,
  EVENTS_DEV33_DIR,
  EVENTS_DEV32_DIR,
  EVENTS_DEV34_DIR,
  EVENTS_DEV35_DIR,
  EVENTS_DEV36_DIR,
  EVENTS_DEV37_DIR,
  EVENTS_DEV38_DIR,
  EVENTS_DEV39_DIR,
  EVENTS_DEV40_DIR,
  EVENTS_DEV41_DIR,
  EVENTS_DEV42_DIR,
  EVENTS_DEV43_DIR,
  EVENTS_DEV44_DIR,
  EVENTS_DEV45_DIR,
  EVENTS_DEV46_DIR,
  EVENTS_DEV47_DIR,
  EVENTS_DEV48_DIR,
  EVENTS_DEV50_DIR,
  EVENTS_DEV51_DIR,
  EVENTS_DEV49_DIR,
  EVENTS_DEV52_DIR,
  EVENTS_DEV55_DIR,
  EVENTS_DEV54_DIR,
  EVENTS_DEV53_DIR,
  EVENTS_DEV57_DIR,
  EVENTS_DEV58_DIR,
  EVENTS_DEV59_DIR,
  EVENTS_DEV56_DIR,
  EVENTS_DEV61_DIR,
  EVENTS_DEV60_DIR,
  EVENTS_DEV63_DIR,
  EVENTS_DEV62_DIR,
  EVENTS_DEV66_DIR,
  EVENTS_DEV65_DIR,
  EVENTS_DEV64_DIR,
  EVENTS_DEV67_DIR,
  EVENTS_DEV69_DIR,
  EVENTS_DEV68_DIR,
  EVENTS_DEV70_DIR,
  EVENTS_DEV71_DIR,
  EVENTS_DEV75_DIR,
  EVENTS_DEV72_DIR,
  EVENTS_DEV73_DIR,
  EVENTS_DEV74_DIR,
];

/**
 * The event F1 the pipeline must reach on the test set in the suite. Raised by whoever improves the
 * extractor to what it honestly achieves there; never lowered to make a change pass. Lowered once, from 0.60 to
 * 0.57, in session 6, when the confidence filter was shipped (F1 0.580 there, P 0.716 R 0.487): the filter was chosen
 * by a rule fixed beforehand on the dev batches' leave-one-batch-out cross-validation (see SHIPPED_FILTER in
 * src/events/train/command.ts); keeping it off because this floor failed would have been tuning on the test split.
 */
export const EVENTS_SET_MIN_F1 = 0.57;

/**
 * The event F1 the pipeline must keep on the dev split. Set with a margin under the measured figure, because the
 * split still grows (new articles, annotated blind, usually score lower at first); raise it as the extractor improves.
 */
export const EVENTS_DEV_MIN_F1 = 0.8;

/**
 * The event F1 the pipeline must keep on the second dev batch. Its first, untuned score was F1 0.426 (see its
 * README); the floor sits under it with a margin. Raise it as the extractor improves. Lowered from 0.71 to 0.69 in
 * session 7, when the confidence filter was retrained with the sixth and seventh batches (nine instead of seven): the
 * dev figures are in-sample for the filter, and its fit to this batch loosened (0.720 → 0.705) while its
 * leave-one-batch-out estimate, the honest one, stayed at 0.686.
 */
export const EVENTS_DEV2_MIN_F1 = 0.71;

/**
 * The event F1 the pipeline must keep on the third dev batch. Blind, it scored 0.417 on the extractor of the end of
 * session 3 and 0.442 on that of the end of session 4 (see its README); it has been dev data since. Raise it as the
 * extractor improves. Lowered from 0.66 to 0.64 in session 7 for the same reason as the second batch's (in-sample
 * 0.686 → 0.659 when the filter was retrained on nine batches; its leave-one-batch-out estimate is 0.646).
 */
export const EVENTS_DEV3_MIN_F1 = 0.65;

/**
 * The event F1 the pipeline must keep on the fourth dev batch. Blind, it scored 0.548 on the extractor of the start
 * of session 5 and 0.577 on that of its end (see its README); it has been dev data since. Raise it as the extractor
 * improves.
 */
export const EVENTS_DEV4_MIN_F1 = 0.7;

/**
 * The event F1 the pipeline must keep on the fifth dev batch. Blind, it scored 0.547 on the extractor of the start of
 * session 6 (see its README); it has been dev data since. Raise it as the extractor improves.
 */
export const EVENTS_DEV5_MIN_F1 = 0.7;

/**
 * The event F1 the pipeline must keep on the sixth dev batch (0.567 when it stopped being blind, before the
 * confidence filter was trained on it). Raise it as the extractor improves.
 */
export const EVENTS_DEV6_MIN_F1 = 0.61;

/**
 * The event F1 the pipeline must keep on the seventh dev batch (0.569 when it stopped being blind, before the
 * confidence filter was trained on it). Raise it as the extractor improves.
 */
export const EVENTS_DEV7_MIN_F1 = 0.61;

/**
 * The event F1 the pipeline must keep on the eighth dev batch (first scored 0.543 on db62483, 0.618 with the
 * confidence filter, whose model is trained on it). Raise it as the extractor improves.
 */
export const EVENTS_DEV8_MIN_F1 = 0.62;

/**
 * The event F1 the pipeline must keep on the ninth dev batch (first scored 0.509 on 40fe967, 0.589 with the
 * confidence filter, whose model is trained on it). Raise it as the extractor improves.
 */
export const EVENTS_DEV9_MIN_F1 = 0.62;

/**
 * The event F1 the pipeline must keep on the eleventh dev batch (first scored 0.550 on c9c02a9 and 0.587 on 5b861c6 with the confidence
 * filter trained on dev … dev9 only, before the filter was trained on it). Raise it as the extractor improves.
 */
export const EVENTS_DEV11_MIN_F1 = 0.58;

/**
 * The event F1 the pipeline must keep on the twelfth dev batch (first scored 0.502 on c9c02a9 and 0.538 on 5b861c6 with the confidence
 * filter trained on dev … dev9 only, before the filter was trained on it). Raise it as the extractor improves.
 */
export const EVENTS_DEV12_MIN_F1 = 0.52;

/**
 * The event F1 the pipeline must keep on the thirteenth dev batch (first scored 0.489 on c9c02a9 and 0.527 on 5b861c6 with the confidence
 * filter trained on dev … dev9 only, before the filter was trained on it; 0.576 with session 8's trigger classes). Raise it as
 * the extractor improves.
 */
export const EVENTS_DEV13_MIN_F1 = 0.56;

/**
 * The event F1 the pipeline must keep on the fourteenth dev batch (first scored 0.484 on 5cfd12a and 0.487 on 8fd902e,
 * untuned: no rule was written on it and the confidence filter is not trained on it). Raise it as the extractor
 * improves.
 */
export const EVENTS_DEV14_MIN_F1 = 0.47;

/**
 * The event F1 the pipeline must keep on the fifteenth dev batch (first scored 0.507 on 5cfd12a and 0.521 on 8fd902e,
 * untuned: no rule was written on it and the confidence filter is not trained on it). Raise it as the extractor
 * improves.
 */
export const EVENTS_DEV15_MIN_F1 = 0.5;

/**
 * The event F1 the pipeline must keep on the tenth dev batch (0.559 when it stopped being blind, at session 8's start
 * on 1f9511b). Raise it as the extractor improves.
 */
export const EVENTS_DEV10_MIN_F1 = 0.55;

/**
 * The event F1 the pipeline must keep on the sixteenth dev batch (0.388 when it stopped being blind, at session 8's
 * start on 1f9511b; 0.436 with session 8's trigger classes for rulings, dismissals and reopened crossings). Raise it as
 * the extractor improves.
 */
export const EVENTS_DEV16_MIN_F1 = 0.43;

/**
 * The event F1 the pipeline must keep on the seventeenth dev batch (0.512 when it stopped being blind, at session 9's
 * start on 4e3012a). Raise it as the extractor improves.
 */
export const EVENTS_DEV17_MIN_F1 = 0.49;

/**
 * The event F1 the pipeline must keep on the eighteenth dev batch (0.409 when it stopped being blind, at session 9's
 * start on 4e3012a). Raise it as the extractor improves.
 */
export const EVENTS_DEV18_MIN_F1 = 0.39;

/**
 * The event F1 the pipeline must keep on the nineteenth dev batch (0.546 when first scored at session 8's start, 0.550
 * at its end, untuned). Raise it as the extractor improves.
 */
export const EVENTS_DEV19_MIN_F1 = 0.53;

/**
 * The event F1 the pipeline must keep on the twentieth dev batch (0.461 when first scored at session 8's start and at
 * its end, untuned). Raise it as the extractor improves.
 */
export const EVENTS_DEV20_MIN_F1 = 0.44;

/**
 * The event F1 the pipeline must keep on the twenty-first dev batch (0.568 when it stopped being blind, at session
 * 10's start on 584caf7). Raise it as the extractor improves.
 */
export const EVENTS_DEV21_MIN_F1 = 0.55;

/**
 * The event F1 the pipeline must keep on the twenty-second dev batch (0.513 when it stopped being blind, at session
 * 10's start on 584caf7). Raise it as the extractor improves.
 */
export const EVENTS_DEV22_MIN_F1 = 0.49;

/**
 * The event F1 the pipeline must keep on the twenty-third dev batch (0.443 when first scored at session 9's start and
 * at its end, untuned). Raise it as the extractor improves.
 */
export const EVENTS_DEV23_MIN_F1 = 0.42;

/**
 * The event F1 the pipeline must keep on the twenty-fourth dev batch (0.491 when it stopped being blind, at session
 * 11's start on 9c067d6). Raise it as the extractor improves.
 */
export const EVENTS_DEV24_MIN_F1 = 0.47;

/**
 * The event F1 the pipeline must keep on the twenty-fifth dev batch (0.423 when it stopped being blind, at session
 * 11's start on 9c067d6). Raise it as the extractor improves.
 */
export const EVENTS_DEV25_MIN_F1 = 0.4;

/**
 * The event F1 the pipeline must keep on the twenty-sixth dev batch (0.457 when it stopped being blind, at session
 * 12's start on d1e1d1b). Raise it as the extractor improves.
 */
export const EVENTS_DEV26_MIN_F1 = 0.44;

/**
 * The event F1 the pipeline must keep on the twenty-seventh dev batch (0.495 when it stopped being blind, at session
 * 12's start on d1e1d1b). Raise it as the extractor improves.
 */
export const EVENTS_DEV27_MIN_F1 = 0.47;

/**
 * The event F1 the pipeline must keep on the twenty-eighth dev batch (0.371 when it stopped being blind, at session
 * 13's start on 6c3dd16). Raise it as the extractor improves.
 */
export const EVENTS_DEV28_MIN_F1 = 0.35;

/**
 * The event F1 the pipeline must keep on the twenty-ninth dev batch (0.486 when it stopped being blind, at session
 * 13's start on 6c3dd16). Raise it as the extractor improves.
 */
export const EVENTS_DEV29_MIN_F1 = 0.46;

/**
 * The event F1 the pipeline must keep on the thirtieth dev batch (0.385 when it stopped being blind, at session
 * 14's start on 63d95c3). Raise it as the extractor improves.
 */
export const EVENTS_DEV30_MIN_F1 = 0.36;

/**
 * The event F1 the pipeline must keep on the thirty-first dev batch (0.308 when it stopped being blind, at session
 * 14's start on 63d95c3). Raise it as the extractor improves.
 */
export const EVENTS_DEV31_MIN_F1 = 0.29;

/**
 * The event F1 the pipeline must keep on the thirty-second dev batch (0.408 when it stopped being blind, at session
 * 15's start on f4c7db1). Raise it as the extractor improves.
 */
export const EVENTS_DEV32_MIN_F1 = 0.38;

/**
 * The event F1 the pipeline must keep on the thirty-third dev batch (0.491 when it stopped being blind, at session
 * 15's start on f4c7db1). Raise it as the extractor improves.
 */
export const EVENTS_DEV33_MIN_F1 = 0.47;

/**
 * The event F1 the pipeline must keep on the thirty-fourth dev batch (0.441 when it stopped being blind, at session
 * 16's start on 76c8694). Raise it as the extractor improves.
 */
export const EVENTS_DEV34_MIN_F1 = 0.42;

/**
 * The event F1 the pipeline must keep on the thirty-fifth dev batch (0.535 when it stopped being blind, at session
 * 16's start on 76c8694). Raise it as the extractor improves.
 */
export const EVENTS_DEV35_MIN_F1 = 0.51;

/**
 * The event F1 the pipeline must keep on the thirty-sixth dev batch (0.402 when it stopped being blind, at session
 * 17's start on 4f07c48). Raise it as the extractor improves.
 */
export const EVENTS_DEV36_MIN_F1 = 0.38;

/**
 * The event F1 the pipeline must keep on the thirty-seventh dev batch (0.375 when it stopped being blind, at session
 * 17's start on 4f07c48). Raise it as the extractor improves.
 */
export const EVENTS_DEV37_MIN_F1 = 0.35;

/**
 * The event F1 the pipeline must keep on the thirty-eighth dev batch (0.440 when it stopped being blind, at session
 * 18's start on e504ed9). Raise it as the extractor improves.
 */
export const EVENTS_DEV38_MIN_F1 = 0.42;

/**
 * The event F1 the pipeline must keep on the thirty-ninth dev batch (0.329 when it stopped being blind, at session
 * 18's start on e504ed9). Raise it as the extractor improves.
 */
export const EVENTS_DEV39_MIN_F1 = 0.31;

/**
 * The event F1 the pipeline must keep on the fortieth dev batch (0.461 when it stopped being blind, at session
 * 19's start on 54f6e6c). Raise it as the extractor improves.
 */
export const EVENTS_DEV40_MIN_F1 = 0.44;

/**
 * The event F1 the pipeline must keep on the forty-first dev batch (0.256 when it stopped being blind, at session
 * 19's start on 54f6e6c). Raise it as the extractor improves.
 */
export const EVENTS_DEV41_MIN_F1 = 0.23;

/**
 * The event F1 the pipeline must keep on the forty-second dev batch (0.412 when it stopped being blind, at session
 * 19's start on 54f6e6c). Raise it as the extractor improves.
 */
export const EVENTS_DEV42_MIN_F1 = 0.39;

/**
 * The event F1 the pipeline must keep on the forty-third dev batch (0.388 when it stopped being blind, at session
 * 19's start on 54f6e6c). Raise it as the extractor improves.
 */
export const EVENTS_DEV43_MIN_F1 = 0.36;

/**
 * The event F1 the pipeline must keep on the forty-fourth dev batch (0.387 when it stopped being blind, at session
 * 20's start on 7fa7833). Raise it as the extractor improves.
 */
export const EVENTS_DEV44_MIN_F1 = 0.37;

/**
 * The event F1 the pipeline must keep on the forty-fifth dev batch (0.338 when it stopped being blind, at session
 * 20's start on 7fa7833). Raise it as the extractor improves.
 */
export const EVENTS_DEV45_MIN_F1 = 0.32;

/**
 * The event F1 the pipeline must keep on the forty-sixth dev batch (0.441 when it stopped being blind, at session
 * 20's start on 7fa7833). Raise it as the extractor improves.
 */
export const EVENTS_DEV46_MIN_F1 = 0.42;

/**
 * The event F1 the pipeline must keep on the forty-seventh dev batch (0.359 when it stopped being blind, at session
 * 20's start on 7fa7833). Raise it as the extractor improves.
 */
export const EVENTS_DEV47_MIN_F1 = 0.34;

/**
 * The event F1 the pipeline must keep on the forty-eighth dev batch (0.434 when it stopped being blind, at session 21's
 * start on 5716f60). Raise it as the extractor improves.
 */
export const EVENTS_DEV48_MIN_F1 = 0.41;

/**
 * The event F1 the pipeline must keep on the forty-ninth dev batch (0.333 when it stopped being blind, at session 21's
 * start on 5716f60). Raise it as the extractor improves.
 */
export const EVENTS_DEV49_MIN_F1 = 0.31;

/**
 * The event F1 the pipeline must keep on the fiftieth dev batch (0.244 when it stopped being blind, at session 21's
 * start on 5716f60). Raise it as the extractor improves.
 */
export const EVENTS_DEV50_MIN_F1 = 0.22;

/**
 * The event F1 the pipeline must keep on the fifty-first dev batch (0.280 when it stopped being blind, at session 21's
 * start on 5716f60). Raise it as the extractor improves.
 */
export const EVENTS_DEV51_MIN_F1 = 0.26;

/**
 * The event F1 the pipeline must keep on the fifty-second dev batch (0.374 when it stopped being blind, at session 22's
 * start on 26ce288). Raise it as the extractor improves.
 */
export const EVENTS_DEV52_MIN_F1 = 0.35;

/**
 * The event F1 the pipeline must keep on the fifty-third dev batch (0.354 when it stopped being blind, at session 22's
 * start on 26ce288). Raise it as the extractor improves.
 */
export const EVENTS_DEV53_MIN_F1 = 0.33;

/**
 * The event F1 the pipeline must keep on the fifty-fourth dev batch (0.368 when it stopped being blind, at session 22's
 * start on 26ce288). Raise it as the extractor improves.
 */
export const EVENTS_DEV54_MIN_F1 = 0.34;

/**
 * The event F1 the pipeline must keep on the fifty-fifth dev batch (0.290 when it stopped being blind, at session 22's
 * start on 26ce288). Raise it as the extractor improves.
 */
export const EVENTS_DEV55_MIN_F1 = 0.27;

/**
 * The event F1 the pipeline must keep on the fifty-sixth dev batch (0.273 when it stopped being blind, at session 23's
 * start on ece0e47). Raise it as the extractor improves.
 */
export const EVENTS_DEV56_MIN_F1 = 0.25;

/**
 * The event F1 the pipeline must keep on the fifty-seventh dev batch (0.364 when it stopped being blind, at session
 * 23's start on ece0e47). Raise it as the extractor improves.
 */
export const EVENTS_DEV57_MIN_F1 = 0.34;

/**
 * The event F1 the pipeline must keep on the fifty-eighth dev batch (0.438 when it stopped being blind, at session 23's
 * start on ece0e47). Raise it as the extractor improves.
 */
export const EVENTS_DEV58_MIN_F1 = 0.41;

/**
 * The event F1 the pipeline must keep on the fifty-ninth dev batch (0.342 when it stopped being blind, at session 23's
 * start on ece0e47). Raise it as the extractor improves.
 */
export const EVENTS_DEV59_MIN_F1 = 0.32;

/**
 * The event F1 the pipeline must keep on the sixtieth dev batch (0.232 when it stopped being blind, at
 * session 24's start on b2db31e). Raise it as the extractor improves.
 */
export const EVENTS_DEV60_MIN_F1 = 0.21;

/**
 * The event F1 the pipeline must keep on the sixty-first dev batch (0.362 when it stopped being blind, at
 * session 24's start on b2db31e). Raise it as the extractor improves.
 */
export const EVENTS_DEV61_MIN_F1 = 0.34;

/**
 * The event F1 the pipeline must keep on the sixty-second dev batch (0.402 when it stopped being blind, at
 * session 24's start on b2db31e). Raise it as the extractor improves.
 */
export const EVENTS_DEV62_MIN_F1 = 0.38;

/**
 * The event F1 the pipeline must keep on the sixty-third dev batch (0.321 when it stopped being blind, at
 * session 24's start on b2db31e). Raise it as the extractor improves.
 */
export const EVENTS_DEV63_MIN_F1 = 0.3;

/**
 * The event F1 the pipeline must keep on the sixty-fourth dev batch (0.492 when it stopped being blind, at
 * session 25's start on 1230655). Raise it as the extractor improves.
 */
export const EVENTS_DEV64_MIN_F1 = 0.47;

/**
 * The event F1 the pipeline must keep on the sixty-fifth dev batch (0.547 when it stopped being blind, at
 * session 25's start on 1230655). Raise it as the extractor improves.
 */
export const EVENTS_DEV65_MIN_F1 = 0.52;

/**
 * The event F1 the pipeline must keep on the sixty-sixth dev batch (0.435 when it stopped being blind, at
 * session 25's start on 1230655). Raise it as the extractor improves.
 */
export const EVENTS_DEV66_MIN_F1 = 0.41;

/**
 * The event F1 the pipeline must keep on the sixty-seventh dev batch (0.625 when it stopped being blind, at
 * session 26's start on 34d1d9f). Raise it as the extractor improves.
 */
export const EVENTS_DEV67_MIN_F1 = 0.6;

/**
 * The event F1 the pipeline must keep on the sixty-eighth dev batch (0.400 when it stopped being blind, at
 * session 26's start on 34d1d9f). Raise it as the extractor improves.
 */
export const EVENTS_DEV68_MIN_F1 = 0.38;

/**
 * The event F1 the pipeline must keep on the sixty-ninth dev batch (0.300 when it stopped being blind, at
 * session 26's start on 34d1d9f). Raise it as the extractor improves.
 */
export const EVENTS_DEV69_MIN_F1 = 0.28;

/**
 * The event F1 the pipeline must keep on the seventieth dev batch (0.335 when it stopped being blind, at
 * session 26's start on 34d1d9f). Raise it as the extractor improves.
 */
export const EVENTS_DEV70_MIN_F1 = 0.31;

/**
 * The event F1 the pipeline must keep on the seventy-first dev batch (0.577 when it stopped being blind, at
 * session 26's start on 34d1d9f). Raise it as the extractor improves.
 */
export const EVENTS_DEV71_MIN_F1 = 0.55;
