-- Schema version 34 → 35: one toll that an article opens on at a wider place and tells again later at a finer
-- one is one row of `casualties`. incident_keys leaves out a number in the article's opening sentence (its
-- first body paragraph's first: the headline's copy or the lead) at a place the gazetteer knows, no country,
-- when the body gives that number of that harm later, on the same day, of one class of people, at one place
-- it does not know and at no other, in a sentence naming the opening's place too or the same cause, and nothing
-- between tells of another incident ('Air strikes killed nine civilians in Kelvar on Monday.' … 'one of the air
-- strikes hit Tarvan Minor, killing nine civilians'): the finer place's number stands, as the headline copy's
-- rule of version 33 has it for a copy whose place the body's sentence names. Every stored key is worked out again.

DROP VIEW incident_keys;
CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END, '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           -- (an anyone's count another article's row says who: see above; the key of that row)
           || CASE WHEN f.unit IN ('person', 'victim', 'death') AND ce.event IS NOT NULL AND f.of_value IS NULL
                        AND coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NOT NULL
                        AND coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END)
                            IS NOT NULL
                        AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                        AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                   THEN coalesce((
                        SELECT CASE WHEN count(DISTINCT o.unit) = 1 THEN min(o.unit) END
                        FROM (SELECT '0' || char(31) || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site))
                                     || char(31) || coalesce(f.date, substr(a.published, 1, 10)) || char(31)
                                     || 'casualty' || char(31) AS place_and_day) AS k
                        JOIN figures o ON o.incident_order > k.place_and_day
                                      AND o.incident_order < k.place_and_day || char(1114111)
                        WHERE o.incident_event = f.event AND o.incident_article IS NULL AND o.article_id <> f.article_id
                          AND o.of_value IS NULL
                          AND +o.unit IN (SELECT c.unit FROM people_classes c
                                         WHERE c.class IN ('civilians', 'fighters', 'forces'))
                          AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                          -- (the same number, or one within the other's range)
                          AND (o.value <= f.value AND coalesce(f.max_value, f.value) <= coalesce(o.max_value, o.value)
                               OR f.value <= o.value
                                  AND coalesce(o.max_value, o.value) <= coalesce(f.max_value, f.value))), f.unit)
                   ELSE coalesce(f.unit, '') END
           || CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                   THEN char(31) || printf('%020.3f', coalesce(f.max_value, f.value)) ELSE '' END AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, CASE WHEN f.relative_date IS NULL THEN substr(a.published, 1, 10) END) IS NULL
            THEN f.article_id END AS incident_article
FROM figures f
JOIN articles a ON a.id = f.article_id
JOIN paragraphs p ON p.id = f.paragraph_id
LEFT JOIN weapon_units w ON w.unit = f.unit
LEFT JOIN strike_events se ON se.event = f.event
LEFT JOIN casualty_events ce ON ce.event = f.event
LEFT JOIN entities site ON site.id = f.site_entity_id
LEFT JOIN entities earlier ON earlier.id = f.earlier_site_entity_id
LEFT JOIN place_locations place ON place.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
WHERE f.kind = 'count' AND ((w.unit IS NOT NULL AND se.event IS NOT NULL) OR ce.event IS NOT NULL)
  AND f.period_total = 0
  -- a toll the text gives as replaced (figures.replaced_toll: 'updating an earlier toll of 15', 'rose to
  -- 32 from 15'), when its article gives another count of the same event that is not: the earlier report
  -- of the incident the current toll stands for
  AND NOT (f.replaced_toll = 1 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.id <> f.id
          AND o.kind = 'count' AND o.replaced_toll = 0 AND o.period_total = 0))
  -- a whole that its parts add up to, each part told at a place of its own that the whole does not share
  -- ('Twelve people were killed on Monday, seven in Vessa and five in Old Tarvan'): each such part is a row
  -- (below), so the whole beside them would count its people twice, and the parts stand for it. At least
  -- two parts, of its event (or executed of the killed) and its people, none a range, no two at one place
  -- counting one noun, their numbers summing to the whole's exactly; a part at the whole's place or at none
  -- has no row of its own, so a whole with one such part keeps its row. (The parts are looked up in the
  -- whole's paragraph within 2,000 characters of it, a range of figures_reading_order, so that a paragraph
  -- of thousands of counts reads each one's neighbours only.)
  AND NOT (f.of_value IS NULL AND f.max_value IS NULL AND f.value >= 2 AND (
        SELECT count(*) >= 2 AND total(o.value) = f.value AND count(o.max_value) = 0
               -- (each part an incident of its own: two at one place of one noun would be one row, its
               -- larger number shown and the rest of the whole lost)
               AND count(DISTINCT lower(coalesce(o.site, o.earlier_site)) || char(31) || coalesce(o.unit, ''))
                   = count(*)
               AND min(coalesce(o.site, o.earlier_site) IS NOT NULL
                       AND coalesce(coalesce(o.site_entity_id, o.earlier_site_entity_id)
                                        = coalesce(f.site_entity_id, f.earlier_site_entity_id), 0) = 0
                       AND coalesce(lower(coalesce(o.site, o.earlier_site))
                                        = lower(coalesce(f.site, f.earlier_site)), 0) = 0) = 1
        FROM figures o
        WHERE o.article_id = f.article_id AND o.paragraph_id = f.paragraph_id
          AND o.start_offset BETWEEN f.start_offset - 2000 AND f.start_offset + 2000
          AND o.of_value = f.value AND o.id <> f.id AND o.kind = 'count' AND o.period_total = 0
          AND o.event IN (f.event, CASE f.event WHEN 'killed' THEN 'executed' END)
          -- (each part of the whole's people: the same noun, anyone's on either side, one class, or children,
          -- women or a noun of no class among civilians; not 'two civilians' under 'five patients')
          AND (o.unit = f.unit
               OR EXISTS (SELECT 1 FROM people_classes fc LEFT JOIN people_classes oc ON oc.unit = o.unit
                          WHERE fc.unit = f.unit
                            AND ('anyone' IN (fc.class, oc.class) OR fc.class = oc.class
                                 OR (fc.class = 'civilians' AND (oc.class IN ('children', 'women') OR oc.class IS NULL)))))))
  -- a whole told before the two or three counts that add up to it and tied to them by place ('Six civilians
  -- were killed on Monday in Vessa and Old Tarvan.' … 'Two were killed in Vessa.' … 'A car bomb killed four in
  -- Old Tarvan.'; or 'Five soldiers were killed in Kelvar province' … 'two in Vessa, in Kelvar' … 'three in Old
  -- Tarvan in Kelvar'; or a country's toll and towns the gazetteer puts in it): the parts are rows of their own
  -- and stand for it. The parts are the first two or three counts of its event that come next in its
  -- paragraph or the next one (a headline's: the first body paragraph's, past the headline's copy; a number
  -- equal to the whole's, the whole told again, is passed over, as are parts of their own wholes), their
  -- numbers summing to the whole's exactly; each of its people (as above) and day, each a row of its own: a
  -- place of its own sentence other than the whole's, no range, no total over a stretch, no vague plural, no
  -- toll replaced or dated against another moment, none marked a part ('among', 'including') or telling of
  -- another incident (figure_sentences), none a number its article gives more than once, no two at one place of
  -- one noun. The tie by place: the whole's sentence names the part's place, the part's sentence puts it 'in'
  -- the whole's place, or the whole's place is a country the gazetteer puts the part's town in. A count at an
  -- unrelated place ('Five were killed in Vessa' … 'two soldiers died in Tarvan' … 'three police in Marrowby':
  -- maybe three incidents), any other count in between, a whole vague, telling of more ('19 more') or of
  -- another incident leaves the whole its row. (Read from figures_reading_order: the 2,000 characters after the
  -- whole in its paragraph and the first 2,000 of the next, so that a paragraph of thousands of counts reads
  -- each one's neighbours only.)
  AND NOT (f.of_value IS NULL AND f.max_value IS NULL AND f.value >= 3 AND f.relative_date IS NULL
           AND f.replaced_toll = 0
           AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           -- (first the numbers alone, one look-up in the index: the first two or three counts of its event
           -- that come next add up to it; the sentences and the checks of each part below only for the few
           -- that do)
           AND f.value IN (
                 SELECT sum(near.value) OVER (ORDER BY near.paragraph_id, near.start_offset)
                 FROM (SELECT near.paragraph_id, near.start_offset, near.value
                       FROM (SELECT near.paragraph_id, near.start_offset, near.value, near.kind, near.of_value,
                                    near.event, near.end_offset
                             FROM figures near
                             WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id
                               AND near.start_offset BETWEEN f.start_offset + 1 AND f.start_offset + 2000
                             UNION ALL
                             SELECT near.paragraph_id, near.start_offset, near.value, near.kind, near.of_value,
                                    near.event, near.end_offset
                             FROM figures near
                             WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id + 1
                               AND near.start_offset <= 2000) AS near
                       WHERE near.kind = 'count' AND near.of_value IS NULL AND near.value <> f.value
                         AND near.event IN (f.event, CASE f.event WHEN 'killed' THEN 'executed' END)
                         AND near.end_offset > coalesce((SELECT h.copy_end FROM headline_copies h
                                                         WHERE h.paragraph_id = near.paragraph_id), 0)
                       ORDER BY near.paragraph_id, near.start_offset
                       LIMIT 3) AS near)
           AND NOT coalesce((SELECT s.tells_of_another FROM figure_sentences s WHERE s.figure_id = f.id), 0)
           AND EXISTS (
        SELECT 1 FROM (
            SELECT chain.n, chain.running, chain.misfits,
                   max(chain.repeats) OVER (ORDER BY chain.n) AS repeats
            FROM (SELECT row_number() OVER (ORDER BY parts.paragraph_id, parts.start_offset) AS n,
                         sum(parts.value) OVER (ORDER BY parts.paragraph_id, parts.start_offset) AS running,
                         sum(parts.fits = 0) OVER (ORDER BY parts.paragraph_id, parts.start_offset) AS misfits,
                         count(*) OVER (PARTITION BY parts.place ORDER BY parts.paragraph_id, parts.start_offset) AS repeats
                  FROM (SELECT ahead.paragraph_id, ahead.start_offset, ahead.value,
                               lower(coalesce(ahead.site, '#' || ahead.value)) || char(31) || coalesce(ahead.unit, '')
                                   AS place,
                               coalesce(ahead.max_value IS NULL AND ahead.value < f.value AND ahead.relative_date IS NULL
                               AND ahead.period_total = 0 AND ahead.replaced_toll = 0
                               AND coalesce(ahead.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                               -- (a place of its own sentence, not the whole's: a part at the whole's place or at
                               -- none may be keyed with it or give way to another count)
                               AND ahead.site IS NOT NULL
                               AND ahead.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id, -1)
                               AND lower(ahead.site) IS NOT lower(coalesce(f.site, f.earlier_site))
                               AND (SELECT NOT s.tells_of_another AND s.said NOT LIKE '%among%' AND s.said NOT LIKE '%includ%'
                                           -- (the tie by place, by whole words: a site 'Elva' is not in
                                           -- 'Kelvar'. The names go into GLOB patterns, so a site with a GLOB
                                           -- character ([, * or ?) ties by words to nothing.)
                                           AND (lower(ahead.site) NOT GLOB '*[[*?]*'
                                                AND (' ' || (SELECT fs.said FROM figure_sentences fs WHERE fs.figure_id = f.id) || ' ')
                                                        GLOB ('*[^a-z]' || lower(ahead.site) || '[^a-z]*')
                                                OR lower(ahead.site) NOT GLOB '*[[*?]*'
                                                   AND lower(coalesce(f.site, f.earlier_site)) NOT GLOB '*[[*?]*'
                                                   AND instr(s.said, ' in ' || lower(coalesce(f.site, f.earlier_site)))
                                                       > instr(s.said, lower(ahead.site))
                                                   AND instr(s.said, lower(ahead.site)) > 0
                                                   AND ((' ' || s.said || ' ')
                                                            GLOB ('*[^a-z]' || lower(ahead.site) || '[^a-z]* in '
                                                                  || lower(coalesce(f.site, f.earlier_site)) || '[^a-z]*')
                                                        OR (' ' || s.said || ' ')
                                                            GLOB ('*[^a-z]' || lower(ahead.site) || ' in '
                                                                  || lower(coalesce(f.site, f.earlier_site)) || '[^a-z]*'))
                                                OR EXISTS (SELECT 1 FROM place_locations whole
                                                           JOIN place_locations part ON part.entity_id = ahead.site_entity_id
                                                           WHERE whole.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                                             AND whole.kind = 'country' AND part.kind <> 'country'
                                                             AND part.country_code = whole.country_code))
                                    FROM figure_sentences s WHERE s.figure_id = ahead.id)
                               -- (a number its article gives once: one told again may be the row of another
                               -- count or of none)
                               AND NOT EXISTS (SELECT 1 FROM figures x
                                               WHERE x.article_id = f.article_id AND x.event = ahead.event
                                                 AND x.value = ahead.value AND x.id <> ahead.id AND x.kind = 'count')
                               -- (no vague plural: 'dozens of others' stands for no number in particular)
                               AND lower(substr(ahead.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                               AND (ahead.unit = f.unit
                                    OR EXISTS (SELECT 1 FROM people_classes fc LEFT JOIN people_classes oc ON oc.unit = ahead.unit
                                               WHERE fc.unit = f.unit
                                                 AND ('anyone' IN (fc.class, oc.class) OR fc.class = oc.class
                                                      OR (fc.class = 'civilians'
                                                          AND (oc.class IN ('children', 'women') OR oc.class IS NULL))))), 0)
                                   AS fits
                        FROM (SELECT * FROM (SELECT * FROM figures near
                              WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id
                                AND near.start_offset BETWEEN f.start_offset + 1 AND f.start_offset + 2000
                              UNION ALL
                              SELECT * FROM figures near
                              WHERE near.article_id = f.article_id AND near.paragraph_id = f.paragraph_id + 1
                                AND near.start_offset <= 2000) AS near
                        WHERE near.kind = 'count' AND near.of_value IS NULL AND near.value <> f.value
                          AND near.event IN (f.event, CASE f.event WHEN 'killed' THEN 'executed' END)
                          -- (past the headline's copy: its numbers are the headline's)
                          AND near.end_offset > coalesce((SELECT h.copy_end FROM headline_copies h
                                                          WHERE h.paragraph_id = near.paragraph_id), 0)
                        -- (the three first, then each one's checks: not every count of the range's)
                        ORDER BY near.paragraph_id, near.start_offset
                        LIMIT 3) AS ahead) AS parts) AS chain) AS run
        WHERE run.n >= 2 AND run.running = f.value AND run.misfits = 0 AND run.repeats = 1))
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.value = f.of_value AND o.id <> f.id
          -- (a part executed is a part of a toll of killed: `37 killed, 30 of them executed`)
          AND o.event IN (f.event, CASE f.event WHEN 'executed' THEN 'killed' END)
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))))
  -- a headline number the body gives again; so is a number inside the headline's copy that opens the
  -- first body paragraph, after a dateline or at its very start ('Tue 12 May 2020 Jets kill 12 in
  -- Marlow. Jets killed 12 people …', as many pages print it), with the body what follows the copy
  -- (the copy is looked up by paragraph, so that storing one article reads only its own paragraphs)
  AND NOT ((p.position = 0
            OR f.end_offset <= coalesce(CASE WHEN f.end_offset <= 59 + length(a.title)
                                             THEN (SELECT h.copy_end FROM headline_copies h
                                                   WHERE h.paragraph_id = f.paragraph_id) END, 0)) AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          -- (a total over a stretch too: 'Clashes kill 70 in Marlow' over '70 killed in 24 hours of fighting'
          -- is the total's headline, no incident of the headline's day)
          AND o.kind = 'count'
          AND (o.paragraph_id <> f.paragraph_id AND op.position <> 0          -- another paragraph of the body
               OR o.paragraph_id = f.paragraph_id                                   -- after the copy
                  AND o.start_offset >= (SELECT h.copy_end FROM headline_copies h
                                         WHERE h.paragraph_id = f.paragraph_id))
          -- (a copy naming a place restates only a number at that place: the body's number with none
          -- restates the copy's below, and one at another place may be another incident; but a copy's place
          -- the gazetteer knows and the body's town it does not, told in the copy's paragraph or the next two
          -- on the same day of one class of people, are one toll told at a wider place and a finer one when the
          -- body's sentence names the copy's place too and nothing from the copy to it tells of another
          -- incident ('another', 'also', 'separate', 'elsewhere', 'meanwhile'): 'Jets kill nine in Kelvar' over
          -- 'Kelvar officials said a strike on the village of Tarvan Minor killed nine')
          AND (p.position = 0 OR f.site IS NULL OR f.site_entity_id = o.site_entity_id
               OR lower(f.site) = lower(o.site)
               OR (o.site IS NOT NULL AND o.paragraph_id BETWEEN f.paragraph_id AND f.paragraph_id + 2
                   AND o.period_total = 0 AND f.relative_date IS NULL AND o.relative_date IS NULL
                   AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   AND EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = f.site_entity_id)
                   AND NOT EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = o.site_entity_id)
                   AND (o.unit = f.unit OR EXISTS (
                         SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                         WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))))
                   AND EXISTS (SELECT 1 FROM figure_sentences os
                               -- (by whole words, as the tie of a whole to its parts above: GLOB, so a site
                               -- with [, * or ? is named by no sentence)
                               WHERE os.figure_id = o.id AND lower(f.site) NOT GLOB '*[[*?]*'
                                 AND (' ' || os.said || ' ') GLOB ('*[^a-z]' || lower(f.site) || '[^a-z]*'))
                   -- (the text from the copy's number to the body's sentence, one paragraph at a time: an
                   -- article's paragraphs have consecutive ids)
                   AND NOT EXISTS (
                         SELECT 1 FROM (
                             SELECT ' ' || lower(substr(q.text,
                                                        CASE WHEN q.id = f.paragraph_id THEN f.end_offset + 1 ELSE 1 END,
                                                        CASE WHEN q.id = o.paragraph_id THEN o.sentence_end ELSE length(q.text) END
                                                            - CASE WHEN q.id = f.paragraph_id THEN f.end_offset ELSE 0 END))
                                        || ' ' AS between_words
                             FROM paragraphs q
                             WHERE q.id BETWEEN f.paragraph_id AND o.paragraph_id AND q.article_id = f.article_id) AS gap
                         WHERE gap.between_words GLOB '*[^a-z]another[^a-z]*' OR gap.between_words GLOB '*[^a-z]also[^a-z]*'
                            OR gap.between_words GLOB '*separate*' OR gap.between_words GLOB '*elsewhere*'
                            OR gap.between_words GLOB '*meanwhile*')))))
  -- a number in the article's opening sentence (the start of its first body paragraph: the headline's copy,
  -- or the lead when the copy is no headline_copies' or there is none) at a place the gazetteer knows, no
  -- country, beside the same number the body gives later at a place it does not know, in a sentence that names
  -- the opening's place too or the same cause ('Jets killed nine civilians in Kelvar on Monday.' … 'a strike on
  -- the village of Tarvan Minor in rural Kelvar killed nine civilians', 'Air strikes killed nine civilians in
  -- Kelvar on Monday.' … 'one of the air strikes hit Tarvan Minor, killing nine civilians'): one toll told at a
  -- wider place and a finer one, as the headline copy's rule above, and the finer one's number stands. (A
  -- finer place tied by neither stays a row of its own, as it does beside a copy.) Only on the same day, of one event and one
  -- class of people (no vague plural), in the opening's paragraph or the next two (in its own, within 6,000
  -- characters), when the body gives that number of that harm at one such place alone, and nothing from the
  -- opening's number to the end of the body's sentence tells of another incident; the later count no part,
  -- no total, no toll replaced or dated against another moment, and telling of no more ('nine more')
  AND NOT (p.position = 1 AND f.sentence_start = 0 AND f.site IS NOT NULL AND f.value > 1
           AND f.relative_date IS NULL AND f.of_value IS NULL
           AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
           AND EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = f.site_entity_id AND l.kind <> 'country')
           -- (every count of that number and harm the body gives at a place there, and each of them fits)
           AND (SELECT count(DISTINCT lower(o.site)) = 1
                       AND min(coalesce(o.max_value IS f.max_value AND o.of_value IS NULL AND o.period_total = 0
                               AND o.replaced_toll = 0 AND o.relative_date IS NULL
                               AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                               AND NOT EXISTS (SELECT 1 FROM place_locations l WHERE l.entity_id = o.site_entity_id)
                               AND NOT os.tells_of_another
                               -- (tied to the opening: its sentence names the opening's place too, by whole
                               -- words as the rules above, so that a site with [, * or ? is named by no
                               -- sentence; or the two name one cause, 'an air strike' and 'the air strikes')
                               AND (lower(f.site) NOT GLOB '*[[*?]*'
                                    AND (' ' || os.said || ' ') GLOB ('*[^a-z]' || lower(f.site) || '[^a-z]*')
                                    -- (not 'near the Kelvar border', which is outside it)
                                    AND NOT (' ' || os.said || ' ') GLOB ('*[^a-z]' || lower(f.site) || ' border*')
                                    OR o.cause = f.cause)
                               AND NOT (' ' || replace(lower(o.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                               AND NOT (' ' || lower(o.text) || ' ') GLOB '*[^a-z]other*'
                               AND (o.unit IS f.unit
                                    OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                        AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                                        AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou'))), 0)) = 1
                FROM figures o
                JOIN figure_sentences os ON os.figure_id = o.id
                LEFT JOIN people_classes fc ON fc.unit = f.unit
                LEFT JOIN people_classes oc ON oc.unit = o.unit
                WHERE (o.article_id, o.event, o.value) = (f.article_id, f.event, f.value) AND o.id <> f.id
                  AND (o.paragraph_id BETWEEN f.paragraph_id + 1 AND f.paragraph_id + 2
                       OR o.paragraph_id = f.paragraph_id AND o.sentence_start >= f.sentence_end
                          AND o.start_offset <= f.start_offset + 6000)
                  AND o.kind = 'count' AND o.site IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM figure_sentences fs WHERE fs.figure_id = f.id AND fs.tells_of_another)
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           -- (nothing from the opening's number to the end of the body's sentence tells of another incident,
           -- read one paragraph at a time as in the headline copy's rule above; an article's paragraphs have
           -- consecutive ids)
           AND NOT EXISTS (
                 SELECT 1 FROM (
                     SELECT ' ' || lower(substr(q.text,
                                                CASE WHEN q.id = f.paragraph_id THEN f.end_offset + 1 ELSE 1 END,
                                                CASE WHEN q.id = o.paragraph_id THEN o.sentence_end ELSE length(q.text) END
                                                    - CASE WHEN q.id = f.paragraph_id THEN f.end_offset ELSE 0 END))
                                || ' ' AS between_words
                     FROM figures o
                     JOIN paragraphs q ON q.id BETWEEN f.paragraph_id AND o.paragraph_id AND q.article_id = f.article_id
                     WHERE (o.article_id, o.event, o.value) = (f.article_id, f.event, f.value) AND o.id <> f.id
                       AND (o.paragraph_id BETWEEN f.paragraph_id + 1 AND f.paragraph_id + 2
                            OR o.paragraph_id = f.paragraph_id AND o.sentence_start >= f.sentence_end
                               AND o.start_offset <= f.start_offset + 6000)
                       AND o.kind = 'count' AND o.site IS NOT NULL) AS gap
                 WHERE gap.between_words GLOB '*[^a-z]another[^a-z]*' OR gap.between_words GLOB '*[^a-z]also[^a-z]*'
                    OR gap.between_words GLOB '*separate*' OR gap.between_words GLOB '*elsewhere*'
                    OR gap.between_words GLOB '*meanwhile*'))
  AND NOT (f.site IS NULL AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          -- (a number with no place at all beside one on the same day whose place an earlier sentence
          -- names: 'killed 31 in shelling on Saturday' … 'He said 31 were killed', where the sentence
          -- before named Marlow)
          AND o.kind = 'count' AND (o.site IS NOT NULL
                                    OR (f.earlier_site IS NULL AND o.earlier_site IS NOT NULL AND o.period_total = 0
                                        AND o.relative_date IS NULL AND f.relative_date IS NULL
                                        AND coalesce(o.date, substr(a.published, 1, 10))
                                                IS coalesce(f.date, substr(a.published, 1, 10))))
          AND op.position <> 0
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  -- a vague count in the headline or its copy ('Dozens of soldiers killed in Marlow') beside the one count
  -- the body gives of the same harm to the same class of people on the same day, at least twice the vague
  -- word's own number ('At least 40 soldiers were killed in the town of Ashby'): the body's toll told
  -- vaguer, at the same place, at a wider one (a place the gazetteer knows beside a town it does not, a
  -- place the body's sentence names too) or at none. Two such counts (the headline may be their sum), a
  -- body count telling of another incident ('another', 'also', 'more', 'other', 'separate', 'elsewhere',
  -- 'meanwhile') or a headline's 'dozens more' keeps the headline's row.
  AND NOT ((p.position = 0
            OR f.end_offset <= coalesce(CASE WHEN f.end_offset <= 59 + length(a.title)
                                             THEN (SELECT h.copy_end FROM headline_copies h
                                                   WHERE h.paragraph_id = f.paragraph_id) END, 0))
           AND lower(substr(f.text, 1, 4)) IN ('doze', 'tens', 'scor', 'hund', 'thou') AND f.relative_date IS NULL
           AND ' ' || replace(lower(f.text), 'more than', '') || ' ' NOT LIKE '% more %' AND ' ' || lower(f.text) || ' ' NOT LIKE '% other%'
           AND (SELECT count(*) > 0
                       AND count(DISTINCT coalesce(body.max_value, body.value)) = 1
                       AND count(DISTINCT body.place) <= 1
                       -- (a count at no place goes with the others; when none names a place, the headline
                       -- names none or a country)
                       AND coalesce(min(body.place_fits),
                                    coalesce(f.site, f.earlier_site) IS NULL
                                    OR EXISTS (SELECT 1 FROM place_locations l
                                               WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                                 AND l.kind = 'country')) = 1
                       AND max(body.other_incident) = 0
                FROM (SELECT o.value, o.max_value, lower(coalesce(o.site, o.earlier_site)) AS place,
                             CASE WHEN coalesce(o.site, o.earlier_site) IS NULL THEN NULL
                                  WHEN coalesce(f.site, f.earlier_site) IS NULL THEN 1
                                  WHEN coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                       = coalesce(o.site_entity_id, o.earlier_site_entity_id)
                                       OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))
                                  THEN 1
                                  WHEN instr(lower(said), lower(coalesce(f.site, f.earlier_site))) > 0 THEN 1
                                  ELSE EXISTS (SELECT 1 FROM place_locations l
                                               WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id))
                                       AND NOT EXISTS (SELECT 1 FROM place_locations l
                                                       WHERE l.entity_id = coalesce(o.site_entity_id, o.earlier_site_entity_id))
                             END AS place_fits,
                             -- ('another' or 'also' before the count, 'more' or 'other' in it: 'also killed
                             -- 40 more'; not 'injuring 140 others' after it)
                             tells_of_another
                                 OR (' ' || replace(lower(o.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
                                 OR (' ' || lower(o.text) || ' ') GLOB '*[^a-z]other*'
                                 AS other_incident
                      FROM (SELECT o.*, os.said, os.tells_of_another
                            FROM figures o
                            JOIN paragraphs op ON op.id = o.paragraph_id
                            JOIN figure_sentences os ON os.figure_id = o.id
                            LEFT JOIN people_classes fc ON fc.unit = f.unit
                            LEFT JOIN people_classes oc ON oc.unit = o.unit
                            WHERE o.article_id = f.article_id AND o.event = f.event AND o.id <> f.id
                              AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL
                              AND o.replaced_toll = 0 AND o.relative_date IS NULL
                              AND coalesce(o.max_value, o.value) >= 2 * f.value
                              AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                              AND op.position <> 0
                              AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
                                                               THEN (SELECT h.copy_end FROM headline_copies h
                                                                     WHERE h.paragraph_id = o.paragraph_id) END, 0)
                              AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                              AND (o.unit = f.unit
                                   OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                       AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))))) AS o) AS body))
  -- a count giving again a part that an earlier sentence counted in its whole ('15 civilians, among them 11
  -- children, were killed in Ashby' … '11 children were killed in a neighbourhood of Marlow'): the part
  -- told again, not another incident, for a number above two of one class of people, on the same day, at the
  -- same place, at none, or one of the two at a town the gazetteer does not know and the other at a place
  -- it knows (no country); not when the later count tells of another incident ('another' or 'also' before
  -- it, 'more' or 'other' in it, 'separate', 'elsewhere', 'meanwhile' in its sentence)
  AND NOT (f.of_value IS NULL AND f.value > 2 AND f.relative_date IS NULL
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           AND NOT (' ' || lower(f.text) || ' ') GLOB '*[^a-z]other*'
           AND EXISTS (
        SELECT 1 FROM figures o
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.id <> f.id
          AND o.kind = 'count' AND o.of_value IS NOT NULL AND o.period_total = 0 AND o.relative_date IS NULL
          AND coalesce(o.max_value, o.value) = coalesce(f.max_value, f.value)
          -- (before it, at most 25 paragraphs back; in its own paragraph at most 10,000 characters back)
          AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id BETWEEN f.paragraph_id - 25 AND f.paragraph_id - 1
               OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                   AND o.start_offset BETWEEN f.start_offset - 10000 AND f.start_offset - 1)
          AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
          AND (o.unit = f.unit OR (fc.class = oc.class AND fc.class <> 'anyone'))
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))
               -- (the later count told as in a part of its place: 'in a neighbourhood of Marlow')
               OR (coalesce(o.site, o.earlier_site) IS NOT NULL
                   AND EXISTS (SELECT 1 FROM figure_sentences fs
                               WHERE fs.figure_id = f.id
                                 AND (fs.said GLOB '*neighbo*' OR fs.said GLOB '*district*' OR fs.said GLOB '*quarter*'))
                   AND (SELECT count(l.entity_id) = 1 AND min(l.kind) <> 'country'
                        FROM (SELECT coalesce(f.site_entity_id, f.earlier_site_entity_id) AS id
                              UNION ALL SELECT coalesce(o.site_entity_id, o.earlier_site_entity_id)) AS two
                        LEFT JOIN place_locations l ON l.entity_id = two.id))))
           -- (the words read after the look-up: most counts have no earlier part to give again)
           AND NOT EXISTS (SELECT 1 FROM figure_sentences fs WHERE fs.figure_id = f.id AND fs.tells_of_another))
  -- a part of the dead that a count before gave whole, told as a part ('Twelve people were killed in Ashby on
  -- Monday. Among the dead were five children', 'Five children were among the dead'): words of its harm ('among
  -- the dead', 'among those killed', 'the dead included', 'of those killed' for the killed, 'among the wounded'
  -- for the injured) or of any ('among the victims', 'the victims included', 'of the victims') in its own words
  -- or before them in its sentence (at most 60 characters back), or 'among …' right after them ('were among
  -- the dead'); ('of them', 'among them' and 'of whom' right before a count are the extractor's part_of, and
  -- further back may belong to another count: 'Three died, two of them children, and nine were hurt'); and the same paragraph (at most 10,000 characters before) or the one before gives earlier a larger count of the same harm, on the
  -- part's day or with either undated by its clause, of the same people or a wider class (anyone for 'people',
  -- civilians for children and women; a part of 'people' is of anyone), at any place (a part may be told at a
  -- town of the whole's province). Not when the part's sentence tells of another incident or the count says
  -- 'more' or 'other'.
  AND NOT (f.relative_date IS NULL
           AND NOT (' ' || replace(lower(f.text), 'more than', '') || ' ') GLOB '*[^a-z]more[^a-z]*'
           AND NOT (' ' || lower(f.text) || ' ') GLOB '*[^a-z]other*'
           -- (the words first: a look-up of every larger count only for the few that tell of a part)
           AND EXISTS (
                 SELECT 1
                 FROM (SELECT substr(' ' || substr(fs.said, 1, f.start_offset - f.sentence_start), -60) || ' '
                                  || lower(f.text) AS before,
                              substr(fs.said, f.end_offset - f.sentence_start + 1, 40) AS after
                       FROM figure_sentences fs
                       WHERE fs.figure_id = f.id AND NOT fs.tells_of_another) AS near
                 JOIN (VALUES ('among the dead', 'killed'), ('among those killed', 'killed'),
                              ('among the killed', 'killed'), ('the dead includ', 'killed'),
                              ('of those killed', 'killed'), ('of the dead', 'killed'),
                              ('among the wounded', 'injured'), ('among the injured', 'injured'),
                              ('among those wounded', 'injured'), ('among those injured', 'injured'),
                              ('among the victims', NULL), ('the victims includ', NULL), ('of the victims', NULL))
                      AS part
                   ON (part.column2 IS NULL OR part.column2 = f.event)
                      AND (instr(near.before, ' ' || part.column1) > 0
                           -- ('of the dead' only in the count's own words or closing its phrase with a comma:
                           -- 'Relatives of the victims said 14 …' tells of no part)
                           AND (part.column1 NOT GLOB 'of *' OR instr(lower(f.text), part.column1) > 0
                                OR instr(near.before, ' ' || part.column1 || ',') > 0)
                           OR part.column1 GLOB 'among *'
                              AND (near.after GLOB ' ' || part.column1 || '*'
                                   OR near.after GLOB ' were ' || part.column1 || '*'
                                   OR near.after GLOB ' was ' || part.column1 || '*')))
           AND EXISTS (
        SELECT 1 FROM figures w
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes wc ON wc.unit = w.unit
        WHERE +w.event = f.event AND +w.value > coalesce(f.max_value, f.value)
          AND w.id <> f.id AND w.kind = 'count' AND w.of_value IS NULL AND w.relative_date IS NULL
          AND w.period_total = 0
          -- (the paragraph before, or its own at most 10,000 characters back: ranges of figures_reading_order,
          -- its own paragraph's by offset; the + keeps SQLite off a range of larger numbers, which would read
          -- every one of them)
          AND ((w.article_id, w.paragraph_id) = (f.article_id, f.paragraph_id - 1)
               OR (w.article_id, w.paragraph_id) = (f.article_id, f.paragraph_id)
                   AND w.start_offset BETWEEN f.start_offset - 10000 AND f.start_offset - 1)
          AND (f.date IS NULL OR w.date IS NULL OR f.date = w.date)
          AND (w.unit = f.unit OR wc.class = 'anyone' OR fc.class = 'anyone' OR wc.class = fc.class
               OR (wc.class = 'civilians' AND fc.class IN ('children', 'women')))))
  AND NOT (place.kind IS 'country' AND EXISTS (
        SELECT 1 FROM figures o
        -- (the other number's own site: one with only an earlier sentence's place gives way itself to a
        -- number with a site, below, and the two would leave no row)
        JOIN entities oe ON oe.id = o.site_entity_id
        LEFT JOIN place_locations inside ON inside.entity_id = oe.id
        JOIN paragraphs op ON op.id = o.paragraph_id
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND op.position <> 0
          -- a place the gazetteer puts in the country, or one it does not know told of in the same
          -- paragraph or the next ('28 killed in northwestern Syria … 28 dead in Marlow')
          AND ((inside.kind <> 'country' AND inside.country_code = place.country_code)
               OR (inside.entity_id IS NULL AND oe.kind = 'place'
                   AND coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   AND o.paragraph_id BETWEEN f.paragraph_id - 1 AND f.paragraph_id + 1))
          AND (o.unit = f.unit OR f.unit = 'person' OR EXISTS (
                SELECT 1 FROM people_classes fc JOIN people_classes oc ON oc.unit = o.unit
                WHERE fc.unit = f.unit AND (fc.class = oc.class OR 'anyone' IN (fc.class, oc.class))
                  AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                  AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))))
  -- a number at a place beside the same number at a place whose own name holds the first's whole, word by
  -- word ('11 soldiers died in Marlow' beside '11 soldiers were killed in the Old City of Marlow', 'East
  -- Plain of Marlow', 'Old Marlow', 'Marlow province'): one count told at the place and at the part its name says
  -- lies in it (or the region named after it), and the longer name's number stands; the numbers as in the
  -- place-within-place rule below (above one, in the same paragraph or the next, within 6,000 characters
  -- in one, on the same day or the first undated by its clause, of one class of people, the other's no part
  -- and not the headline's), neither sentence telling of another incident, and the longer name no building's
  -- or street's
  AND NOT (coalesce(f.site, f.earlier_site) IS NOT NULL AND f.value > 1 AND EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        JOIN figure_sentences os ON os.figure_id = o.id
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND o.site IS NOT NULL
          AND o.relative_date IS NULL AND coalesce(o.max_value, o.value) = coalesce(f.max_value, f.value)
          AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id IN (f.paragraph_id - 1, f.paragraph_id + 1)
               OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                   AND o.start_offset BETWEEN f.start_offset - 6000 AND f.start_offset + 6000)
          AND op.position <> 0 AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
              THEN (SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id) END, 0)
          AND instr(' ' || lower(o.site) || ' ', ' ' || lower(coalesce(f.site, f.earlier_site)) || ' ') > 0
          AND lower(o.site) <> lower(coalesce(f.site, f.earlier_site))
          -- (no building or way named after the place: 'Marlow National Hospital', where the wounded were
          -- taken, and 'Marlow Street' or 'Marlow Road', which may be in another town)
          AND NOT EXISTS (SELECT 1 FROM (VALUES ('hospital'), ('clinic'), ('school'), ('university'), ('mosque'),
                                                ('church'), ('market'), ('airport'), ('stadium'), ('hotel'),
                                                ('prison'), ('base'), ('station'), ('square'), ('street'),
                                                ('road'), ('highway'), ('bridge'), ('gate')) AS building
                          WHERE instr(' ' || lower(o.site) || ' ', ' ' || building.column1 || ' ') > 0)
          AND o.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id)
          -- (no country's name inside another's, 'Sudan' in 'South Sudan', nor one state's in another's,
          -- 'Virginia' in 'West Virginia', nor places the gazetteer puts in two countries)
          AND place.kind IS NOT 'country' AND NOT EXISTS (
                SELECT 1 FROM place_locations longer WHERE longer.entity_id = o.site_entity_id
                  AND (longer.kind = 'country' OR (longer.kind = 'region' AND place.kind IS 'region')
                       OR longer.country_code IS NOT coalesce(place.country_code, longer.country_code)))
          AND (coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
               OR (f.date IS NULL AND f.relative_date IS NULL))
          AND (o.unit = f.unit
               OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                            AND 'anyone' IN (fc.class, oc.class)))
                   AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                   AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
          AND NOT os.tells_of_another
          AND NOT EXISTS (SELECT 1 FROM figure_sentences fs WHERE fs.figure_id = f.id AND fs.tells_of_another)))
  -- a number at a place beside the same number at a place that the other's own sentence names as lying in
  -- it: 'Jets kill 58 in Marlow' over 'killed 58 in the town of Ashby in Marlow province' (or 'Ashby near
  -- Marlow', 'the Marlow district of Ashby', 'Marlow's Ashby'): the finer place's number stands, on the
  -- same day (or the coarser one's day is only its article's)
  AND NOT (coalesce(f.site, f.earlier_site) IS NOT NULL AND EXISTS (
        SELECT 1 FROM (
            SELECT o.site AS fine,
                   os.said,
                   lower(coalesce(f.site, f.earlier_site)) AS coarse,
                   (SELECT fs.said FROM figure_sentences fs WHERE fs.figure_id = f.id) AS first_said
            FROM figures o
            JOIN paragraphs op ON op.id = o.paragraph_id
            JOIN figure_sentences os ON os.figure_id = o.id
            LEFT JOIN people_classes fc ON fc.unit = f.unit
            LEFT JOIN people_classes oc ON oc.unit = o.unit
            WHERE o.id <> f.id
              AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL AND o.site IS NOT NULL
              AND o.relative_date IS NULL
              AND op.position <> 0 AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
                  THEN (SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id) END, 0)
              AND lower(o.site) <> lower(coalesce(f.site, f.earlier_site))
              -- (a number above one, told in the same paragraph or the next, at a coarser place that is no
              -- country: a country's towns are the gazetteer's to tell; in one paragraph, within 6,000
              -- characters, so that a paragraph of thousands of counts compares each with its neighbours only:
              -- two ranges of figures_article, the same paragraph's by offset)
              AND f.value > 1
              AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                       AND o.paragraph_id IN (f.paragraph_id - 1, f.paragraph_id + 1)
                   OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                       AND o.start_offset BETWEEN f.start_offset - 6000 AND f.start_offset + 6000)
              AND NOT EXISTS (SELECT 1 FROM place_locations l
                              WHERE l.entity_id = coalesce(f.site_entity_id, f.earlier_site_entity_id)
                                AND l.kind = 'country')
              AND o.site_entity_id IS NOT coalesce(f.site_entity_id, f.earlier_site_entity_id)
              AND (coalesce(o.date, substr(a.published, 1, 10)) IS coalesce(f.date, substr(a.published, 1, 10))
                   OR (f.date IS NULL AND f.relative_date IS NULL))
              AND (o.unit = f.unit
                   OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                                AND 'anyone' IN (fc.class, oc.class)))
                       AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                       AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))) AS pair
        WHERE instr(pair.said, lower(pair.fine)) > 0 AND instr(pair.said, pair.coarse) > 0
          -- (neither sentence tells of another incident: 'In a separate incident', 'another', 'elsewhere',
          -- 'meanwhile')
          AND pair.said NOT LIKE '%separate%' AND pair.said NOT LIKE '%another%'
          AND pair.said NOT LIKE '%elsewhere%' AND pair.said NOT LIKE '%meanwhile%'
          AND pair.first_said NOT LIKE '%separate%' AND pair.first_said NOT LIKE '%another%'
          AND pair.first_said NOT LIKE '%elsewhere%' AND pair.first_said NOT LIKE '%meanwhile%'
          AND (
            -- the finer place first, the coarser a few words on after 'in', 'near', 'outside' or 'of' (not
            -- 'near the Marlow border', which is outside it)
            (SELECT instr(after, pair.coarse) BETWEEN 1 AND 30
                    AND substr(after, instr(after, pair.coarse) + length(pair.coarse), 7) <> ' border'
                    AND substr(after, 1, instr(after, pair.coarse) - 1) NOT GLOB '*[0-9;:]*'
                    AND ' ' || substr(after, 1, instr(after, pair.coarse) - 1) NOT LIKE '% and %'
                    AND (' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% in %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% near %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% outside %'
                         OR ' ' || substr(after, 1, instr(after, pair.coarse) - 1) LIKE '% of %')
             FROM (SELECT substr(pair.said, instr(pair.said, lower(pair.fine)) + length(pair.fine), 60) AS after))
            -- the coarser place first, then 'district of', 'neighbourhood of' or a possessive before the finer
            OR (SELECT instr(pair.said, pair.coarse) < instr(pair.said, lower(pair.fine))
                       AND (between_words IN ('''s ', 's ', '’s ')
                            OR (length(between_words) <= 25 AND between_words LIKE '% of '
                                AND between_words NOT GLOB '*[0-9;:,]*'
                                AND ' ' || between_words NOT LIKE '% and %'))
                FROM (SELECT substr(pair.said, instr(pair.said, pair.coarse) + length(pair.coarse),
                                    instr(pair.said, lower(pair.fine)) - instr(pair.said, pair.coarse)
                                        - length(pair.coarse)) AS between_words)))))
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        JOIN paragraphs op ON op.id = o.paragraph_id
        LEFT JOIN people_classes fc ON fc.unit = f.unit
        LEFT JOIN people_classes oc ON oc.unit = o.unit
        WHERE o.id <> f.id
          AND o.kind = 'count' AND o.period_total = 0 AND o.of_value IS NULL
          -- (not the headline or its copy, which the body's number restates)
          AND op.position <> 0 AND o.end_offset > coalesce(CASE WHEN o.end_offset <= 59 + length(a.title)
                  THEN (SELECT h.copy_end FROM headline_copies h WHERE h.paragraph_id = o.paragraph_id) END, 0)
          AND (o.paragraph_id <> f.paragraph_id OR o.sentence_start <> f.sentence_start)
          -- (never a number with a place of its own for one with only an earlier sentence's: that one gives
          -- way to it above, and the two would leave no row)
          AND NOT (f.site IS NOT NULL AND o.site IS NULL AND p.position <> 0)
          -- within 25 paragraphs either way (an article's paragraphs have consecutive ids), and in its own
          -- paragraph within 10,000 characters (longer than any paragraph of the news corpus): ranges of
          -- figures_article, its own paragraph's by offset, so that neither a long article repeating a number
          -- in every paragraph nor one paragraph of thousands of counts is read whole for each of its figures
          -- (each range spells out its article, event and number, so that SQLite seeks each one in the index)
          AND ((o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id BETWEEN f.paragraph_id - 25 AND f.paragraph_id - 1
               OR (o.article_id, o.event, o.value) = (f.article_id, f.event, f.value)
                   AND o.paragraph_id BETWEEN f.paragraph_id + 1 AND f.paragraph_id + 25
               OR (o.article_id, o.event, o.value, o.paragraph_id) = (f.article_id, f.event, f.value, f.paragraph_id)
                   AND o.start_offset BETWEEN f.start_offset - 10000 AND f.start_offset + 10000)
          -- another noun of the class, never for a vague plural ('dozens', 'tens', 'scores', 'hundreds',
          -- 'thousands'), which stands for no number in particular
          AND (o.unit = f.unit
               OR ((fc.class = oc.class OR (fc.class IS NOT NULL AND oc.class IS NOT NULL
                                            AND 'anyone' IN (fc.class, oc.class)))
                   AND lower(substr(f.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')
                   AND lower(substr(o.text, 1, 4)) NOT IN ('doze', 'tens', 'scor', 'hund', 'thou')))
          AND (coalesce(f.site, f.earlier_site, o.site, o.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site)))
          -- which of the two stands: the one whose own clause gives its day, when their days differ
          AND CASE WHEN coalesce(o.date, substr(a.published, 1, 10)) IS NOT coalesce(f.date, substr(a.published, 1, 10))
                   THEN f.date IS NULL AND o.date IS NOT NULL
                   -- … else the one whose clause dates it against another moment ('hours later'): the
                   -- other's publication day is no day of its own
                   WHEN f.date IS NULL AND (f.relative_date IS NULL) <> (o.relative_date IS NULL)
                   THEN o.relative_date IS NOT NULL
                   WHEN o.unit <> f.unit
                   THEN (fc.class = 'anyone' AND oc.class <> 'anyone')
                        OR ((fc.class = 'anyone') = (oc.class = 'anyone')
                            AND (op.position < p.position
                                 OR (op.position = p.position AND o.start_offset < f.start_offset)))
                   ELSE 0 END);

-- The opening toll's rule reads a count's cause: a user's edit of it keys the article's counts again.
DROP TRIGGER figures_incidents_update;
CREATE TRIGGER figures_incidents_update AFTER UPDATE OF article_id, paragraph_id, value, kind, unit, of_value, site,
    event, date, site_entity_id, period_total, earlier_site, earlier_site_entity_id, text, relative_date,
    replaced_toll, sentence, cause ON figures BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (OLD.article_id, NEW.article_id);
END;

UPDATE figures SET (incident_order, incident_event, incident_article) =
    (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
WHERE kind = 'count' AND event IS NOT NULL;
