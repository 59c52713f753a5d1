import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emulation & commendation councils (Hội đồng Thi đua – Khen thưởng) with their members and
 * sessions, the votes of a session (a secret ballot keeps who voted apart from how), award decisions
 * and the milestones a plan has completed.
 */
export class Councils1764200000000 implements MigrationInterface {
  name = 'Councils1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE council (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id bigint NOT NULL REFERENCES organization (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
        standing_organization_id bigint REFERENCES organization (id),
        parent_council_id bigint REFERENCES council (id),
        quorum_ratio numeric(4, 3) NOT NULL DEFAULT 0.5 CHECK (quorum_ratio > 0 AND quorum_ratio <= 1),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT council_organization_unique UNIQUE (organization_id)
      )`);
    await q.query(`
      CREATE TABLE council_member (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        council_id bigint NOT NULL REFERENCES council (id) ON DELETE CASCADE,
        person_id bigint REFERENCES person (id),
        full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
        title text CHECK (length(title) <= 300),
        role text NOT NULL CHECK (role IN ('CHAIR', 'STANDING_VICE_CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY')),
        voting boolean NOT NULL DEFAULT true,
        from_date date,
        to_date date,
        search_text text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
      )`);
    await q.query(`CREATE INDEX council_member_council ON council_member (council_id)`);
    await q.query(`
      CREATE TABLE council_session (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        council_id bigint NOT NULL REFERENCES council (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        held_on date NOT NULL,
        secret_ballot boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED')),
        minutes text CHECK (length(minutes) <= 100000),
        search_text text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX council_session_council ON council_session (council_id, held_on)`);
    // The agenda: the nominations a session considers, and what it decided on each.
    await q.query(`
      CREATE TABLE council_session_item (
        session_id bigint NOT NULL REFERENCES council_session (id) ON DELETE CASCADE,
        nomination_id bigint NOT NULL REFERENCES nomination (id),
        position integer NOT NULL,
        result text CHECK (result IN ('APPROVED', 'REJECTED')),
        yes integer, no integer, abstain integer,
        eligible integer,
        PRIMARY KEY (session_id, nomination_id)
      )`);
    await q.query(`CREATE INDEX council_session_item_nomination ON council_session_item (nomination_id)`);
    await q.query(`
      CREATE TABLE council_attendance (
        session_id bigint NOT NULL REFERENCES council_session (id) ON DELETE CASCADE,
        member_id bigint NOT NULL REFERENCES council_member (id),
        PRIMARY KEY (session_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE council_conflict (
        session_id bigint NOT NULL REFERENCES council_session (id) ON DELETE CASCADE,
        nomination_id bigint NOT NULL REFERENCES nomination (id),
        member_id bigint NOT NULL REFERENCES council_member (id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        PRIMARY KEY (session_id, nomination_id, member_id)
      )`);
    // Who voted on an item (once each) …
    await q.query(`
      CREATE TABLE council_vote_cast (
        session_id bigint NOT NULL REFERENCES council_session (id) ON DELETE CASCADE,
        nomination_id bigint NOT NULL REFERENCES nomination (id),
        member_id bigint NOT NULL REFERENCES council_member (id),
        PRIMARY KEY (session_id, nomination_id, member_id)
      )`);
    // … and the ballots of open votes, with their member.
    await q.query(`
      CREATE TABLE council_ballot (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        session_id bigint NOT NULL REFERENCES council_session (id) ON DELETE CASCADE,
        nomination_id bigint NOT NULL REFERENCES nomination (id),
        member_id bigint NOT NULL REFERENCES council_member (id),
        choice text NOT NULL CHECK (choice IN ('YES', 'NO', 'ABSTAIN'))
      )`);
    await q.query(`CREATE INDEX council_ballot_item ON council_ballot (session_id, nomination_id)`);
    // A secret ballot keeps counts only: no row per ballot whose order could be matched with the voters'.
    await q.query(`
      CREATE TABLE council_secret_tally (
        session_id bigint NOT NULL REFERENCES council_session (id) ON DELETE CASCADE,
        nomination_id bigint NOT NULL REFERENCES nomination (id),
        yes integer NOT NULL DEFAULT 0,
        no integer NOT NULL DEFAULT 0,
        abstain integer NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, nomination_id)
      )`);

    await q.query(`
      CREATE TABLE award_decision (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 60),
        decided_on date NOT NULL,
        signer_title text CHECK (length(signer_title) <= 300),
        signer_name text CHECK (length(signer_name) <= 200),
        issuing_organization_id bigint NOT NULL REFERENCES organization (id),
        award_type_code text NOT NULL REFERENCES award_type (code),
        plan_id bigint REFERENCES plan (id),
        occasion text CHECK (length(occasion) <= 500),
        author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT award_decision_number_unique UNIQUE (issuing_organization_id, number)
      )`);
    await q.query(`
      CREATE TABLE award_decision_subject (
        decision_id bigint NOT NULL REFERENCES award_decision (id) ON DELETE CASCADE,
        award_record_id bigint NOT NULL REFERENCES award_record (id),
        nomination_id bigint REFERENCES nomination (id),
        exemplar_id bigint REFERENCES exemplar (id),
        PRIMARY KEY (decision_id, award_record_id)
      )`);

    await q.query(`
      CREATE TABLE milestone_completion (
        milestone_item_id bigint PRIMARY KEY REFERENCES plan_item (id) ON DELETE CASCADE,
        done_on date NOT NULL,
        note text CHECK (length(note) <= 4000),
        author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS milestone_completion, award_decision_subject, award_decision, council_secret_tally, council_ballot, council_vote_cast,
      council_conflict, council_attendance, council_session_item, council_session, council_member, council`);
  }
}
