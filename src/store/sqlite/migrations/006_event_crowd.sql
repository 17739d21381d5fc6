-- Event rows carry the crowd sizes of a protest or riot as each claimant gives them (event.crowd, as
-- JSON: figure, qualifier, bounds, claimant), so the events export has the organisers' and the
-- police's figures without reading every document. NULL when the text gives none; existing rows keep
-- NULL until `newslens reanalyze` rewrites them.
ALTER TABLE events ADD COLUMN crowd TEXT;
