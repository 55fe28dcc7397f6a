-- The language of each document (en, uk, ru: Sitrep.Text.LanguageDetector), for the --language filter.
-- Rows stored before this migration keep NULL (unknown) until they are ingested again.
ALTER TABLE documents ADD COLUMN language TEXT;
CREATE INDEX documents_language ON documents (language);
