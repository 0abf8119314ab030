/** The rule registry. Please keep it in alphabetical order. */

import type { Rule } from '../rule.js';
import { rule as acknowledgeBeforeRemedy } from './acknowledge-before-remedy.js';
import { rule as acknowledgementTimeframe } from './acknowledgement-timeframe.js';
import { rule as authoritySignOff } from './authority-sign-off.js';
import { rule as brevity } from './brevity.js';
import { rule as cooperationRequest } from './cooperation-request.js';
import { rule as dataRetrievalDeadline } from './data-retrieval-deadline.js';
import { rule as docsLink } from './docs-link.js';
import { rule as frontMatter } from './front-matter.js';
import { rule as goodWishes } from './good-wishes.js';
import { rule as incidentsCited } from './incidents-cited.js';
import { rule as lawyerRedirect } from './lawyer-redirect.js';
import { rule as localeParity } from './locale-parity.js';
import { rule as localeSupport } from './locale-support.js';
import { rule as neutralTone } from './neutral-tone.js';
import { rule as noWarningOnLegalThreat } from './no-warning-on-legal-threat.js';
import { rule as placeholderSyntax } from './placeholder-syntax.js';
import { rule as placeholderUndefined } from './placeholder-undefined.js';
import { rule as placeholderUnfilled } from './placeholder-unfilled.js';
import { rule as placeholderUnused } from './placeholder-unused.js';
import { rule as poorFitAlternatives } from './poor-fit-alternatives.js';
import { rule as refundAsDone } from './refund-as-done.js';
import { rule as refundOffer } from './refund-offer.js';
import { rule as reviewResponseOnce } from './review-response-once.js';
import { rule as reviewRevisionRequest } from './review-revision-request.js';
import { rule as suppressionReason } from './suppression-reason.js';
import { rule as suppressionUnused } from './suppression-unused.js';
import { rule as terminationReason } from './termination-reason.js';
import { rule as warningConsequence } from './warning-consequence.js';

export const rules: readonly Rule[] = [
  acknowledgeBeforeRemedy,
  acknowledgementTimeframe,
  authoritySignOff,
  brevity,
  cooperationRequest,
  dataRetrievalDeadline,
  docsLink,
  frontMatter,
  goodWishes,
  incidentsCited,
  lawyerRedirect,
  localeParity,
  localeSupport,
  neutralTone,
  noWarningOnLegalThreat,
  placeholderSyntax,
  placeholderUndefined,
  placeholderUnfilled,
  placeholderUnused,
  poorFitAlternatives,
  refundAsDone,
  refundOffer,
  reviewResponseOnce,
  reviewRevisionRequest,
  suppressionReason,
  suppressionUnused,
  terminationReason,
  warningConsequence,
];

/** Rules by id. */
export const ruleMap: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
