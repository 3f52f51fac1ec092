-- Who dismissed a candidate problem. Kept for every dismissal from now on; empty (NULL) only
-- for the dismissals recorded before this migration, which did not keep it.
ALTER TABLE problem_dismissal ADD dismissed_by VARCHAR(64);
