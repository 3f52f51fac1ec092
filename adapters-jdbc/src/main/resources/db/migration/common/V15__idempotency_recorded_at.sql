-- Idempotency records expire (24 hours unless configured) and the cluster timers purge them
-- by recording time, a batch at a time: this index serves that range and the ordered batches.
CREATE INDEX idempotency_recorded_at ON idempotency (recorded_at);
