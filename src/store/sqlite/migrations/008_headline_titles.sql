-- Documents without a metadata title are listed under their headline: the first line of the text when
-- it has at most 160 characters, does not end in a full stop and has more text after it
-- (src/store/listed-title.ts, which the store applies when writing). Documents stored before get
-- theirs here; the update trigger of 001 re-indexes their title. The candidates go through a temporary
-- table keyed by seq, so the update looks each one up instead of scanning the table per row.
CREATE TEMP TABLE headline_titles (seq INTEGER PRIMARY KEY, line TEXT NOT NULL);
INSERT INTO headline_titles (seq, line)
  SELECT seq, line FROM (
    SELECT seq, s, trim(substr(s, 1, instr(s || char(10), char(10)) - 1), char(32, 9, 11, 12, 13)) AS line
    FROM (SELECT seq, trim(text, char(32, 9, 10, 11, 12, 13)) AS s FROM documents WHERE title IS NULL OR trim(title) = ''))
  WHERE line <> '' AND length(line) <= 160 AND substr(line, -1) <> '.' AND length(s) > length(line);
UPDATE documents SET title = h.line FROM headline_titles h WHERE h.seq = documents.seq;
DROP TABLE headline_titles;
