namespace PaymentGateway.Settlement.Persistence.Migrations;

/// <summary>
/// The ledger's invariants that a CHECK cannot express, as triggers (docs/adr/0004-general-ledger.md):
/// account totals follow the postings (and nothing else may change them), every entry is balanced at commit, and
/// entries, postings and the archive of received proofs are append-only.
/// </summary>
internal static class LedgerRulesSql
{
    public const string Create = """
        -- Every posting moves its account's totals, in the posting's own statement. The UPDATE takes the account's row
        -- lock and re-reads the latest committed totals, so ck_accounts_debits_must_not_exceed_credits is checked
        -- against the true balance under any concurrency: no read-then-write in application code.
        CREATE FUNCTION settlement.apply_posting() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE settlement.accounts
            SET debits_posted = debits_posted + GREATEST(NEW.amount, 0),
                credits_posted = credits_posted + GREATEST(-NEW.amount, 0)
            WHERE id = NEW.account_id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER postings_apply_to_account AFTER INSERT ON settlement.postings
            FOR EACH ROW EXECUTE FUNCTION settlement.apply_posting();

        -- Only that trigger may change an account's totals (it runs one trigger level down).
        CREATE FUNCTION settlement.guard_account_totals() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (NEW.debits_posted, NEW.credits_posted) IS DISTINCT FROM (OLD.debits_posted, OLD.credits_posted)
               AND pg_trigger_depth() < 2 THEN
                RAISE EXCEPTION 'account totals change only through postings' USING ERRCODE = '42501';
            END IF;
            IF (NEW.code, NEW.kind, NEW.ocid, NEW.currency, NEW.debits_must_not_exceed_credits)
               IS DISTINCT FROM (OLD.code, OLD.kind, OLD.ocid, OLD.currency, OLD.debits_must_not_exceed_credits) THEN
                RAISE EXCEPTION 'an account''s identity and flags are immutable' USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER accounts_guard_totals BEFORE UPDATE ON settlement.accounts
            FOR EACH ROW EXECUTE FUNCTION settlement.guard_account_totals();

        -- Balanced entries: checked at commit (deferred), once the entry and all its legs exist, so an entry can
        -- never commit with one leg, or with legs that do not sum to zero.
        CREATE FUNCTION settlement.assert_entry_balanced(entry bigint) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            legs integer;
            total numeric;
        BEGIN
            SELECT count(*), COALESCE(sum(amount), 0) INTO legs, total FROM settlement.postings WHERE entry_id = entry;
            IF legs < 2 OR total <> 0 THEN
                RAISE EXCEPTION 'journal entry % is not balanced (% legs, sum %)', entry, legs, total
                    USING ERRCODE = '23514', CONSTRAINT = 'journal_entry_balanced';
            END IF;
        END $$;
        CREATE FUNCTION settlement.entry_balanced_after_entry() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM settlement.assert_entry_balanced(NEW.id);
            RETURN NULL;
        END $$;
        CREATE FUNCTION settlement.entry_balanced_after_posting() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM settlement.assert_entry_balanced(NEW.entry_id);
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER journal_entries_balanced AFTER INSERT ON settlement.journal_entries
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION settlement.entry_balanced_after_entry();
        CREATE CONSTRAINT TRIGGER postings_balanced AFTER INSERT ON settlement.postings
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION settlement.entry_balanced_after_posting();

        -- Immutability: a booked entry is corrected by another entry, never edited or removed.
        CREATE FUNCTION settlement.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP USING ERRCODE = '42501';
        END $$;
        CREATE TRIGGER journal_entries_immutable BEFORE UPDATE OR DELETE ON settlement.journal_entries
            FOR EACH ROW EXECUTE FUNCTION settlement.refuse_change();
        CREATE TRIGGER journal_entries_no_truncate BEFORE TRUNCATE ON settlement.journal_entries
            FOR EACH STATEMENT EXECUTE FUNCTION settlement.refuse_change();
        CREATE TRIGGER postings_immutable BEFORE UPDATE OR DELETE ON settlement.postings
            FOR EACH ROW EXECUTE FUNCTION settlement.refuse_change();
        CREATE TRIGGER postings_no_truncate BEFORE TRUNCATE ON settlement.postings
            FOR EACH STATEMENT EXECUTE FUNCTION settlement.refuse_change();
        CREATE TRIGGER received_proofs_immutable BEFORE UPDATE OR DELETE ON settlement.received_proofs
            FOR EACH ROW EXECUTE FUNCTION settlement.refuse_change();
        CREATE TRIGGER received_proofs_no_truncate BEFORE TRUNCATE ON settlement.received_proofs
            FOR EACH STATEMENT EXECUTE FUNCTION settlement.refuse_change();

        -- The independent view of balances, from the postings (the totals on accounts must agree with it).
        CREATE OR REPLACE VIEW settlement.account_balances AS
        SELECT a.id AS account_id, a.code, a.kind, a.ocid, a.currency,
               CASE WHEN a.kind IN ('counterparty', 'suspense') THEN -COALESCE(SUM(p.amount), 0) ELSE COALESCE(SUM(p.amount), 0) END AS balance
        FROM settlement.accounts a LEFT JOIN settlement.postings p ON p.account_id = a.id
        GROUP BY a.id, a.code, a.kind, a.ocid, a.currency;
        """;

    public const string Drop = """
        CREATE OR REPLACE VIEW settlement.account_balances AS
        SELECT a.id AS account_id, a.code, a.kind, a.ocid, a.currency,
               CASE WHEN a.kind = 'counterparty' THEN -COALESCE(SUM(p.amount), 0) ELSE COALESCE(SUM(p.amount), 0) END AS balance
        FROM settlement.accounts a LEFT JOIN settlement.postings p ON p.account_id = a.id
        GROUP BY a.id, a.code, a.kind, a.ocid, a.currency;
        DROP TRIGGER received_proofs_no_truncate ON settlement.received_proofs;
        DROP TRIGGER received_proofs_immutable ON settlement.received_proofs;
        DROP TRIGGER postings_no_truncate ON settlement.postings;
        DROP TRIGGER postings_immutable ON settlement.postings;
        DROP TRIGGER journal_entries_no_truncate ON settlement.journal_entries;
        DROP TRIGGER journal_entries_immutable ON settlement.journal_entries;
        DROP FUNCTION settlement.refuse_change();
        DROP TRIGGER postings_balanced ON settlement.postings;
        DROP TRIGGER journal_entries_balanced ON settlement.journal_entries;
        DROP FUNCTION settlement.entry_balanced_after_posting();
        DROP FUNCTION settlement.entry_balanced_after_entry();
        DROP FUNCTION settlement.assert_entry_balanced(bigint);
        DROP TRIGGER accounts_guard_totals ON settlement.accounts;
        DROP FUNCTION settlement.guard_account_totals();
        DROP TRIGGER postings_apply_to_account ON settlement.postings;
        DROP FUNCTION settlement.apply_posting();
        """;
}
