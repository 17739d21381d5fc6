-- Documents without a metadata title are listed under their headline: the first line of the text when
-- it has at most 160 characters, does not end in a full stop and has more text after it
-- (src/store/listed-title.ts, which the store applies when writing). Documents stored before get
-- theirs here; the search trigger of 002 re-indexes their title.
UPDATE documents d SET title = h.line
  FROM (SELECT seq, s, btrim(split_part(s, E'\n', 1), E' \t\r\f' || chr(11)) AS line
        FROM (SELECT seq, btrim(text, E' \t\n\r\f' || chr(11)) AS s FROM documents WHERE title IS NULL OR btrim(title) = '') t) h
  WHERE d.seq = h.seq AND h.line <> '' AND length(h.line) <= 160 AND right(h.line, 1) <> '.' AND length(h.s) > length(h.line);
