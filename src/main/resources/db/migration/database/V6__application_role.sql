-- When the application works as its own ordinary role (placeholder approle), give that role data rights
-- only: it can read and write rows but not change the schema, switch off triggers, or alter the audit trail.
-- With approle empty (one role for everything), the audit trail's triggers still refuse changes.
do
$$
declare
    app text := '${approle}';
begin
    if app <> '' and app <> current_user and exists (select 1 from pg_roles where rolname = app) then
        execute format('grant usage on schema public to %I', app);
        execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
        execute format('grant usage, select on all sequences in schema public to %I', app);
        execute format('revoke update, delete, truncate on audit_record from %I', app);
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
    end if;
end
$$;
