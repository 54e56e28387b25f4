-- Shared reports: the original bytes (id = their SHA-256, hex) and the counter that orders the
-- report's records, raised inside each push transaction under this row's lock.
create table reports (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  file_name text not null,
  entity text not null,
  year integer,
  meta_count integer not null,
  bytes bytea not null,
  version bigint not null default 0,
  shared_by uuid references accounts (id) on delete set null, -- null: shared by the server at start
  shared_at timestamptz not null default now()
);
