-- Each report's log of records, in the gapless order the server gave them (version 1, 2, 3, ...).
-- uid is the client's id of the record: unique per report, so a retried push stores nothing twice.
create table records (
  report text not null references reports (id) on delete cascade,
  version bigint not null,
  uid uuid not null,
  kind text not null,
  meta integer not null,
  data jsonb not null,
  author_id uuid not null references accounts (id),
  author_name text not null, -- as the author was named then, so a renamed account keeps its history
  at bigint not null, -- the client's epoch milliseconds
  server_at timestamptz not null default now(),
  primary key (report, version),
  unique (report, uid)
);
