-- Legal records in the database itself: approved and signed minutes (with their minutes, resolutions
-- and actions) and published decisions cannot be changed or deleted by any SQL path. Corrections are
-- new versions. Approval is the last act: minutes are written as a draft with their items, then approved.
-- Errors raised here start with "legal record:" so the app answers them as a conflict.

-- Whether an update changes only a record's publication (withdrawn with a reason, or published again),
-- never its words, and never back to a draft.
CREATE OR REPLACE FUNCTION shirehall_publication_only(old_row jsonb, new_row jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT new_row->>'publication' IN ('published', 'withdrawn')
     AND (new_row - ARRAY['publication', 'published_at', 'published_by', 'withdrawn_at', 'withdrawn_reason', 'publication_note', 'updated_at', 'search'])
       = (old_row - ARRAY['publication', 'published_at', 'published_by', 'withdrawn_at', 'withdrawn_reason', 'publication_note', 'updated_at', 'search'])
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shirehall_guard_minutes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'legal record: approved minutes cannot be deleted' USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  -- Approved minutes may only be signed: the status, the signature and the update time change, nothing else.
  IF OLD.status = 'approved' AND NEW.status = 'signed'
     AND (to_jsonb(NEW) - ARRAY['status', 'signed_by', 'signed_at', 'updated_at']) = (to_jsonb(OLD) - ARRAY['status', 'signed_by', 'signed_at', 'updated_at']) THEN
    RETURN NEW;
  END IF;
  -- Withdrawing minutes published by mistake (or publishing them again) changes who may see them, not what they say.
  IF shirehall_publication_only(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'legal record: approved minutes cannot be changed; make a correction, which creates a new version' USING ERRCODE = 'P0001';
END $$;
--> statement-breakpoint
CREATE TRIGGER minutes_legal_record BEFORE UPDATE OR DELETE ON "minutes" FOR EACH ROW EXECUTE FUNCTION shirehall_guard_minutes();
--> statement-breakpoint
-- Whether the minutes a row belongs to are approved, and so a legal record.
CREATE OR REPLACE FUNCTION shirehall_minutes_locked(minutes_id integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM minutes m WHERE m.id = minutes_id AND m.status <> 'draft')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION shirehall_guard_minute_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND shirehall_minutes_locked(OLD.minutes_id) THEN
    RAISE EXCEPTION 'legal record: a minute of approved minutes cannot be changed; make a correction' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND shirehall_minutes_locked(NEW.minutes_id) THEN
    RAISE EXCEPTION 'legal record: approved minutes cannot be added to; make a correction' USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER minute_items_legal_record BEFORE INSERT OR UPDATE OR DELETE ON "minute_items" FOR EACH ROW EXECUTE FUNCTION shirehall_guard_minute_items();
--> statement-breakpoint
-- Resolutions and actions belong to a minute: locked with its minutes.
CREATE OR REPLACE FUNCTION shirehall_guard_minute_children() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  item_id integer;
BEGIN
  FOREACH item_id IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.minute_item_id] WHEN 'DELETE' THEN ARRAY[OLD.minute_item_id] ELSE ARRAY[OLD.minute_item_id, NEW.minute_item_id] END) LOOP
    IF EXISTS (SELECT 1 FROM minute_items mi WHERE mi.id = item_id AND shirehall_minutes_locked(mi.minutes_id)) THEN
      RAISE EXCEPTION 'legal record: approved minutes cannot be changed; make a correction' USING ERRCODE = 'P0001';
    END IF;
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER resolutions_legal_record BEFORE INSERT OR UPDATE OR DELETE ON "resolutions" FOR EACH ROW EXECUTE FUNCTION shirehall_guard_minute_children();
--> statement-breakpoint
CREATE TRIGGER minute_actions_legal_record BEFORE INSERT OR UPDATE OR DELETE ON "minute_actions" FOR EACH ROW EXECUTE FUNCTION shirehall_guard_minute_children();
--> statement-breakpoint
-- A published decision is never changed: only its call-in outcome and the date it takes effect move on.
CREATE OR REPLACE FUNCTION shirehall_guard_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.publication <> 'draft' THEN
      RAISE EXCEPTION 'legal record: a published decision cannot be deleted' USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.publication = 'draft' THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - ARRAY['call_in_status', 'effective_from', 'updated_at', 'search']) = (to_jsonb(OLD) - ARRAY['call_in_status', 'effective_from', 'updated_at', 'search']) THEN
    RETURN NEW;
  END IF;
  -- Withdrawing a decision published by mistake (or publishing it again) changes who may see it, not what it says.
  IF shirehall_publication_only(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'legal record: a published decision cannot be changed; make a correction, which publishes a new version' USING ERRCODE = 'P0001';
END $$;
--> statement-breakpoint
CREATE TRIGGER decisions_legal_record BEFORE UPDATE OR DELETE ON "decisions" FOR EACH ROW EXECUTE FUNCTION shirehall_guard_decisions();
