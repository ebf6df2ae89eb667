-- Monitoring keeps its own facts, fed by events (decision 0028): codes, dates and identifiers only, no names or
-- free text. One row per signal, one per form of a signal (NONE when it has none), one per referral.
create table monitoring_signal_fact (
    signal_id                 uuid primary key,
    region_id                 uuid not null,
    municipality_id           uuid,
    receiving_organisation_id uuid not null,
    received_at               timestamptz not null,
    channel                   text not null,
    reporter_type             text not null,
    anonymous                 boolean not null,
    age_band                  text not null,
    sex                       text not null,
    vulnerabilities           text[] not null,
    classification            text,
    triaged_at                timestamptz,
    routed_at                 timestamptz,
    feedback_at               timestamptz,
    informed_at               timestamptz,
    closed_at                 timestamptz
);
create index monitoring_signal_fact_region_idx on monitoring_signal_fact (region_id, received_at);
create index monitoring_signal_fact_municipality_idx on monitoring_signal_fact (municipality_id, received_at);

create table monitoring_signal_form (
    signal_id uuid not null references monitoring_signal_fact (signal_id) on delete cascade,
    form      text not null,
    primary key (signal_id, form)
);
create index monitoring_signal_form_form_idx on monitoring_signal_form (form, signal_id);

create table monitoring_referral_fact (
    referral_id             uuid primary key,
    signal_id               uuid not null references monitoring_signal_fact (signal_id) on delete cascade,
    partner_organisation_id uuid not null,
    partner_type            text not null,
    status                  text not null,
    sent_at                 timestamptz not null,
    due_at                  timestamptz not null,
    answered_at             timestamptz,
    feedback_at             timestamptz
);
create index monitoring_referral_fact_signal_idx on monitoring_referral_fact (signal_id);

-- Which sub-region (as the region's own tables use them) a municipality lies in.
create table monitoring_sub_region (
    municipality_id uuid primary key,
    region_id       uuid not null,
    sub_region      text not null check (sub_region in ('FLEVOLAND', 'GOOI_EN_VECHT', 'UTRECHT'))
);

-- T6 of the council report: figures partners give, entered by hand with source, date and definition.
create table monitoring_partner_figure (
    id              uuid primary key,
    municipality_id uuid not null,
    year            integer not null,
    label           text not null,
    amount          integer not null check (amount >= 0),
    source          text not null,
    source_date     date not null,
    definition      text not null,
    entered_by      uuid,
    entered_at      timestamptz not null
);
create index monitoring_partner_figure_idx on monitoring_partner_figure (municipality_id, year);
