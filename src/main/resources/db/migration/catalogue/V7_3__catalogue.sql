-- The indicator catalogue (signalenkaart) in numbered versions. A signal names the version it was made with, so
-- a published version never changes; changes are prepared in the one draft and published as the next version.
create table catalogue_version (
    version      integer primary key check (version > 0),
    status       text not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    published_at timestamptz,
    constraint catalogue_version_published_at check ((status = 'PUBLISHED') = (published_at is not null))
);

create unique index catalogue_version_single_draft on catalogue_version (status) where status = 'DRAFT';

-- The groups, indicators and forms of exploitation of a version, in one table because they share everything but
-- the group link and the weight. A code keeps one meaning across versions (the application never reuses one).
create table catalogue_entry (
    version    integer not null references catalogue_version (version) on delete cascade,
    kind       text not null check (kind in ('GROUP', 'INDICATOR', 'FORM')),
    code       text not null check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    group_code text,
    -- Lets an indicator's group_code reference a GROUP row of the same version with a plain foreign key.
    group_kind text generated always as (case when group_code is null then null else 'GROUP' end) stored,
    position   integer not null,
    text_nl    text not null check (length(text_nl) between 1 and 300),
    text_en    text not null check (length(text_en) between 1 and 300),
    weight     smallint not null,
    primary key (version, kind, code),
    foreign key (version, group_kind, group_code) references catalogue_entry (version, kind, code),
    constraint catalogue_entry_shape check (
        (kind = 'INDICATOR' and group_code is not null and weight between 1 and 3)
        or (kind <> 'INDICATOR' and group_code is null and weight = 0))
);

-- The database itself keeps published versions as they were, whoever asks through normal SQL.
create function catalogue_version_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'published catalogue versions do not change' using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger catalogue_version_published_is_final
    before update or delete on catalogue_version
    for each row execute function catalogue_version_refuse_change();

create function catalogue_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    if (tg_op <> 'INSERT' and exists (select 1 from catalogue_version where version = old.version and status = 'PUBLISHED'))
        or (tg_op <> 'DELETE' and exists (select 1 from catalogue_version where version = new.version and status = 'PUBLISHED')) then
        raise exception 'published catalogue versions do not change' using errcode = 'insufficient_privilege';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger catalogue_entry_published_is_final
    before insert or update or delete on catalogue_entry
    for each row execute function catalogue_entry_refuse_change();

create function catalogue_refuse_truncate() returns trigger
    language plpgsql as
$$
begin
    raise exception 'published catalogue versions do not change' using errcode = 'insufficient_privilege';
end;
$$;

create trigger catalogue_version_no_truncate
    before truncate on catalogue_version
    for each statement execute function catalogue_refuse_truncate();

create trigger catalogue_entry_no_truncate
    before truncate on catalogue_entry
    for each statement execute function catalogue_refuse_truncate();
