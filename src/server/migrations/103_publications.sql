-- Publication rounds. reports.round is the round under way; reports.frozen says it has been
-- published: no push is stored until planning opens the next round (round + 1, frozen false).
alter table reports add column round integer not null default 1;
alter table reports add column frozen boolean not null default false;

-- One frozen version per published round: who published it, when, at which log version, and the
-- reason given when error findings remained open.
create table publications (
  report text not null references reports (id) on delete cascade,
  round integer not null,
  log_version bigint not null,
  published_by uuid not null references accounts (id),
  published_by_name text not null, -- as the account was named then
  published_at timestamptz not null default now(),
  open_errors integer not null,
  reason text, -- required when open_errors > 0
  primary key (report, round),
  check (open_errors = 0 or length(trim(reason)) > 0)
);

-- Its files exactly as written then: the report in its original layout, the change log, the summary.
create table publication_files (
  report text not null,
  round integer not null,
  kind text not null check (kind in ('report', 'changeLogCsv', 'changeLogXlsx', 'summary')),
  name text not null,
  mime text not null,
  bytes bytea not null,
  primary key (report, round, kind),
  foreign key (report, round) references publications (report, round) on delete cascade
);

-- A published version never changes.
create function refuse_publication_update() returns trigger language plpgsql as $$
begin
  raise exception 'a published version is immutable';
end $$;
create trigger publications_immutable before update on publications for each row execute function refuse_publication_update();
create trigger publication_files_immutable before update on publication_files for each row execute function refuse_publication_update();
