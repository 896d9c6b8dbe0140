-- Schema version 18 → 19: incident_keys tells apart what one article's figures merged into one incident.
-- A figure with no site is keyed by its number too ('at least 14 raids' and 'three raids' with no place
-- named are two rows, not one row whose smaller number is hidden or shown as a range); a part counted in
-- its whole keeps a row when it has a site of its own the whole does not share; and a number whose site is
-- a country is no incident of its own beside the same number at a place the gazetteer puts in that
-- country. Stored figures' incident columns are worked out again, and triggers on place_locations keep
-- them when a place is located.

DROP VIEW incident_keys;

CREATE VIEW incident_keys AS
SELECT f.id AS figure_id,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL THEN '1' ELSE '0' END || char(31)
           || lower(coalesce(site.name, f.site, earlier.name, f.earlier_site, '(no site)')) || char(31)
           || coalesce(f.date, substr(a.published, 1, 10), '') || char(31)
           || CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN 'strike' ELSE 'casualty' END || char(31)
           || coalesce(f.unit, '')
           || CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                   THEN char(31) || printf('%020.3f', coalesce(f.max_value, f.value)) ELSE '' END AS incident_order,
       CASE WHEN w.unit IS NOT NULL AND se.event IS NOT NULL THEN se.counts_as ELSE f.event END AS incident_event,
       CASE WHEN coalesce(site.name, f.site, earlier.name, f.earlier_site) IS NULL
                 OR coalesce(f.date, substr(a.published, 1, 10)) IS NULL
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
  -- each case its own look-up by article, event and number (figures_article), so that an article with
  -- many figures is not read whole for each of them
  AND NOT EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.of_value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id = f.paragraph_id
          AND (coalesce(f.site, f.earlier_site) IS NULL
               OR coalesce(f.site_entity_id, f.earlier_site_entity_id)
                      = coalesce(o.site_entity_id, o.earlier_site_entity_id)
               OR lower(coalesce(f.site, f.earlier_site)) = lower(coalesce(o.site, o.earlier_site))))
  AND NOT (p.position = 0 AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.paragraph_id <> f.paragraph_id))
  AND NOT (f.site IS NULL AND EXISTS (
        SELECT 1 FROM figures o
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND o.site IS NOT NULL AND (o.unit = f.unit OR f.unit = 'person')))
  AND NOT (place.kind = 'country' AND EXISTS (
        SELECT 1 FROM figures o
        JOIN place_locations inside ON inside.entity_id = coalesce(o.site_entity_id, o.earlier_site_entity_id)
        WHERE o.article_id = f.article_id AND o.event = f.event AND o.value = f.value AND o.id <> f.id
          AND o.kind = 'count' AND (o.unit = f.unit OR f.unit = 'person')
          AND inside.kind <> 'country' AND inside.country_code = place.country_code));

UPDATE figures SET (incident_order, incident_event, incident_article) =
    (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
WHERE kind = 'count' AND event IS NOT NULL;

CREATE TRIGGER place_locations_incidents_add AFTER INSERT ON place_locations BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (SELECT article_id FROM figures WHERE site_entity_id = NEW.entity_id
                         UNION SELECT article_id FROM figures WHERE earlier_site_entity_id = NEW.entity_id);
END;
CREATE TRIGGER place_locations_incidents_remove AFTER DELETE ON place_locations BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (SELECT article_id FROM figures WHERE site_entity_id = OLD.entity_id
                         UNION SELECT article_id FROM figures WHERE earlier_site_entity_id = OLD.entity_id);
END;
CREATE TRIGGER place_locations_incidents_update AFTER UPDATE OF entity_id, kind, country_code ON place_locations BEGIN
    UPDATE figures SET (incident_order, incident_event, incident_article) =
        (SELECT k.incident_order, k.incident_event, k.incident_article FROM incident_keys k WHERE k.figure_id = figures.id)
    WHERE article_id IN (SELECT article_id FROM figures WHERE site_entity_id IN (OLD.entity_id, NEW.entity_id)
                         UNION SELECT article_id FROM figures WHERE earlier_site_entity_id IN (OLD.entity_id, NEW.entity_id));
END;
