-- Quote rows carry their cue's kind (speech, cognition, stance, perception, intention, decree, evidence:
-- Quote.cueKind), so "what X said" can keep to speech in the query itself and its pages and counts stay
-- right. Existing rows keep NULL (kind not known: left out of a speech-only query) until
-- `newslens reanalyze` rewrites them. A nullable column without a default: added in place, no rewrite.
ALTER TABLE quotes ADD COLUMN cue_kind TEXT;
