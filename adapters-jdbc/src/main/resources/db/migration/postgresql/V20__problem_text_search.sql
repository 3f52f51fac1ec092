-- Problem text search (summary or description contains the words) served by trigram GIN
-- indexes, as V2 does for tickets; without pg_trgm the search scans the rows the other
-- criteria leave.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'pg_trgm cannot be created (%); problem text search will not be indexed', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX problem_summary_trgm_ix ON problem USING gin (summary %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX problem_description_trgm_ix ON problem USING gin (description %I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
