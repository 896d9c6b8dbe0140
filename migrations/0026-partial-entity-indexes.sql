-- Schema version 25 → 26: storing costs less. The indexes of figures by site and source entity hold only
-- the figures that have one (three in four have no site entity, four in five no source entity), and the
-- index of date mentions by value only the dates that have one (half have none): a look-up by an entity or
-- a value never finds a row without one, so every query and ON DELETE SET NULL reads them as before.

DROP INDEX figures_site_entity;
DROP INDEX figures_source_entity;
DROP INDEX date_mentions_value;
CREATE INDEX figures_site_entity ON figures(site_entity_id) WHERE site_entity_id IS NOT NULL;
CREATE INDEX figures_source_entity ON figures(source_entity_id) WHERE source_entity_id IS NOT NULL;
CREATE INDEX date_mentions_value ON date_mentions(value) WHERE value IS NOT NULL;
