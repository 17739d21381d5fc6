/**
 * The `entities` stage: people (with the roles the text gives them), organisations, places and other
 * names, grouped into one entity per referent with their pronouns and nominals. NER finds the names;
 * rules and lexicons do the rest, each in its own file, in this order:
 *
 *   find-name-mentions      the NER tagger, sentence by sentence
 *   drop-non-names          "Ah, friends once more", "Christmas trees": no names
 *   retype-given-names      "Melania said", "Senator Bernie": given names the tagger typed otherwise are people's
 *   retype-first-names      "LeBron will", "Ivanka Trump": first words of the text's full names, likewise
 *   add-missed-surnames     "Bernie Sanders" (Sanders/NNS), then "Sanders said"
 *   trim-headline-names     "Lindsey Graham Says" in a title-case headline: "Lindsey Graham"; "Sell Coal": no name
 *   apply-aliases           lexicon names and types (Kremlin, DPR, Kiev = Kyiv)
 *   mark-datelines          "KYIV, June 14 (Reuters) -": the place filed from
 *   find-acronyms           "People's Republic of Donetsk (DPR)"
 *   retype-surnames         "Beridze's party": a person's surname the tagger took for a place;
 *                           "Lorna Hedges" (organisation) ... "Hedges said": the full name a person's
 *   retype-organisation-short-names "Patriot Coal" ... "Patriot took over": the company, not a person
 *   retype-described-organisations "carmaker Volvo", "Broadcaster NRK said": an organisation, the noun cut off
 *   split-titled-names      "Defence Secretary Lloyd Austin": no organisation "Defence" (trimTitleWords)
 *   trim-sentence-openers   "Hold Melania Trump to ...": a sentence's first word run into a person's name
 *   attach-roles            "Kremlin Press Secretary Dmitry Peskov", appositions
 *   retype-towns            "in Chelsea", "Kupiansk has been shelled": a town the tagger took for a person
 *   mark-government-metonyms "Kiev insists": a government, not a place
 *   mark-speaker-labels     "PENCE: Well, ...": the label is the person speaking, "Well" no name
 *   group-names             one entity per referent
 *   resolve-nominals        "the spokesman", "the city"
 *   resolve-capitals        "its capital", "the DPR's capital"
 *   resolve-pronouns        he, she; it for organisations
 *   build-layers            spans, ids, names, aliases, roles
 */
import type { Stage } from '../../pipeline/stage.js';
import { buildContext } from './context.js';
import { findNameMentions } from './find-name-mentions.js';
import { dropNonNames } from './drop-non-names.js';
import { retypeGivenNames } from './retype-given-names.js';
import { retypeFirstNames } from './retype-first-names.js';
import { addMissedSurnames } from './add-missed-surnames.js';
import { trimHeadlineNames } from './trim-headline-names.js';
import { trimSentenceOpeners } from './trim-sentence-openers.js';
import { applyAliases } from './apply-aliases.js';
import { markDatelines } from './mark-datelines.js';
import { findAcronyms } from './find-acronyms.js';
import { retypeFullNames, retypeSurnames } from './retype-surnames.js';
import { retypeOrganisationShortNames } from './retype-organisation-short-names.js';
import { retypeDescribedOrganisations } from './retype-described-organisations.js';
import { trimTitleWords } from './split-titled-names.js';
import { attachRoles } from './attach-roles.js';
import { retypeTowns } from './retype-towns.js';
import { markGovernmentMetonyms } from './mark-government-metonyms.js';
import { markSpeakerLabels } from './mark-speaker-labels.js';
import { groupNames } from './group-names.js';
import { resolveNominals } from './resolve-nominals.js';
import { resolveCapitals } from './resolve-capitals.js';
import { resolvePronouns } from './resolve-pronouns.js';
import { buildLayers } from './build-layers.js';

export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['paragraphs', 'tokens', 'sentences', 'tokens.pos'],
  provides: ['mentions', 'entities'],
  version: '1',
  run(doc) {
    const ctx = buildContext(doc);
    let found = dropNonNames(ctx, findNameMentions(ctx.tokens, ctx.sentences));
    retypeGivenNames(ctx, found);
    found = retypeFirstNames(ctx, found);
    const names = trimHeadlineNames(ctx, addMissedSurnames(ctx, found));
    let drafts = applyAliases(ctx, names);
    markDatelines(ctx, drafts);
    drafts = findAcronyms(ctx, drafts);
    retypeFullNames(ctx, drafts);
    retypeSurnames(ctx, drafts);
    retypeOrganisationShortNames(ctx, drafts);
    retypeDescribedOrganisations(ctx, drafts);
    drafts = trimTitleWords(ctx, drafts);
    trimSentenceOpeners(ctx, drafts);
    attachRoles(ctx, drafts);
    retypeTowns(ctx, drafts);
    markGovernmentMetonyms(ctx, drafts);
    drafts = markSpeakerLabels(ctx, drafts);
    const groups = groupNames(ctx, drafts);
    drafts = resolveNominals(ctx, drafts, groups);
    drafts = resolveCapitals(ctx, drafts, groups);
    drafts = resolvePronouns(ctx, drafts, groups);
    const { mentions, entities } = buildLayers(ctx, drafts, groups, 'entities');
    doc.layers.mentions = mentions;
    doc.layers.entities = entities;
  },
};
