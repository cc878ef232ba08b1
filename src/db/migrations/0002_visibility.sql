CREATE TABLE "access_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "access_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subject_type" text NOT NULL,
	"subject_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"reason" text NOT NULL,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text
);
--> statement-breakpoint
ALTER TABLE "forward_plan_versions" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "forward_plan_versions" CASCADE;--> statement-breakpoint
ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_exempt_paragraph";--> statement-breakpoint
ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_exempt_needs_paragraph";--> statement-breakpoint
ALTER TABLE "minute_items" ALTER COLUMN "exempt_paragraph" SET DATA TYPE smallint;--> statement-breakpoint
ALTER TABLE "decisions" ALTER COLUMN "exempt_paragraph" SET DATA TYPE smallint;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "access_inherited" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "author_user_id" integer;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "minute_items" ADD COLUMN "access_inherited" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "minutes" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "access_inherited" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "author_user_id" integer;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "exempt_paragraph" smallint;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "exempt_paragraph" smallint;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "exempt_paragraph" smallint;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "exempt_paragraph" smallint;--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "exempt_paragraph" smallint;--> statement-breakpoint
ALTER TABLE "plan_actions" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "publication" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "publication_note" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "access" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "access_reason" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "access_inherited" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_grants_subject_idx" ON "access_grants" USING btree ("subject_type","subject_id","user_id");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing records keep their access class; what was already public stays published (with the time it was), the rest is a draft.
UPDATE "agenda_items" ai SET "access" = CASE WHEN ai."is_public" THEN 'public' ELSE 'exempt' END,
  "publication" = CASE WHEN m."agenda_published_at" IS NOT NULL OR m."status" <> 'scheduled' THEN 'published' ELSE 'draft' END,
  "published_at" = CASE WHEN m."agenda_published_at" IS NOT NULL OR m."status" <> 'scheduled' THEN coalesce(m."agenda_published_at", ai."created_at") END
  FROM "meetings" m WHERE m."id" = ai."meeting_id";--> statement-breakpoint
UPDATE "documents" d SET "access" = CASE WHEN d."is_public" THEN 'public' ELSE 'exempt' END,
  "publication" = CASE WHEN d."published_at" IS NOT NULL OR d."kind" = 'pack' OR m."agenda_published_at" IS NOT NULL THEN 'published' ELSE 'draft' END,
  "published_at" = CASE WHEN d."published_at" IS NOT NULL OR d."kind" = 'pack' OR m."agenda_published_at" IS NOT NULL THEN coalesce(d."published_at", m."agenda_published_at", d."created_at") END
  FROM "documents" d2 LEFT JOIN "meetings" m ON m."id" = d2."meeting_id" WHERE d2."id" = d."id";--> statement-breakpoint
UPDATE "documents" d SET "access_inherited" = (d."access" = i."access") FROM "agenda_items" i WHERE i."id" = d."agenda_item_id";--> statement-breakpoint
UPDATE "documents" SET "access_inherited" = false WHERE "agenda_item_id" IS NULL;--> statement-breakpoint
UPDATE "minutes" SET "publication" = CASE WHEN "status" = 'draft' THEN 'draft' ELSE 'published' END,
  "published_at" = CASE WHEN "status" = 'draft' THEN NULL ELSE coalesce("approved_at", "updated_at") END;--> statement-breakpoint
UPDATE "minute_items" mi SET "access" = CASE WHEN mi."is_public" THEN 'public' ELSE 'exempt' END,
  "publication" = mn."publication", "published_at" = mn."published_at"
  FROM "minutes" mn WHERE mn."id" = mi."minutes_id";--> statement-breakpoint
UPDATE "reports" SET "access" = CASE WHEN "is_public" THEN 'public' ELSE 'exempt' END, "publication" = 'published', "published_at" = "created_at";--> statement-breakpoint
UPDATE "reports" r SET "access_inherited" = (r."access" = i."access") FROM "agenda_items" i WHERE i."id" = r."agenda_item_id";--> statement-breakpoint
UPDATE "decisions" SET "access" = CASE WHEN "is_public" THEN 'public' ELSE 'exempt' END,
  "publication" = CASE WHEN "published_at" IS NOT NULL THEN 'published' ELSE 'draft' END;--> statement-breakpoint
UPDATE "forward_plan_entries" SET "access" = 'public', "publication" = 'published', "published_at" = "created_at";--> statement-breakpoint
UPDATE "work_programme_items" SET "access" = 'public', "publication" = 'published', "published_at" = "created_at";--> statement-breakpoint
UPDATE "tracker_outcomes" SET "access" = 'public', "publication" = 'published', "published_at" = "created_at";--> statement-breakpoint
UPDATE "action_plans" SET "access" = 'public', "publication" = 'published', "published_at" = "created_at";--> statement-breakpoint
UPDATE "plan_actions" SET "access" = 'public', "publication" = 'published', "published_at" = "created_at";--> statement-breakpoint
ALTER TABLE "agenda_items" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "minute_items" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "work_programme_items" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "action_plans" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_actions" ALTER COLUMN "access" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" DROP COLUMN "is_public";--> statement-breakpoint
ALTER TABLE "documents" DROP COLUMN "is_public";--> statement-breakpoint
ALTER TABLE "minute_items" DROP COLUMN "is_public";--> statement-breakpoint
ALTER TABLE "reports" DROP COLUMN "is_public";--> statement-breakpoint
ALTER TABLE "decisions" DROP COLUMN "is_public";--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_exempt_paragraph_range" CHECK ("agenda_items"."exempt_paragraph" is null or "agenda_items"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_paragraph_only_when_exempt" CHECK ("agenda_items"."access" = 'exempt' or "agenda_items"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_published_has_time" CHECK ("agenda_items"."publication" <> 'published' or "agenda_items"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_withdrawn_has_reason" CHECK ("agenda_items"."publication" <> 'withdrawn' or "agenda_items"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_exempt_paragraph_range" CHECK ("documents"."exempt_paragraph" is null or "documents"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_paragraph_only_when_exempt" CHECK ("documents"."access" = 'exempt' or "documents"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_published_has_time" CHECK ("documents"."publication" <> 'published' or "documents"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_withdrawn_has_reason" CHECK ("documents"."publication" <> 'withdrawn' or "documents"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "minute_items" ADD CONSTRAINT "minute_items_exempt_paragraph_range" CHECK ("minute_items"."exempt_paragraph" is null or "minute_items"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "minute_items" ADD CONSTRAINT "minute_items_paragraph_only_when_exempt" CHECK ("minute_items"."access" = 'exempt' or "minute_items"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "minute_items" ADD CONSTRAINT "minute_items_published_has_time" CHECK ("minute_items"."publication" <> 'published' or "minute_items"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "minute_items" ADD CONSTRAINT "minute_items_withdrawn_has_reason" CHECK ("minute_items"."publication" <> 'withdrawn' or "minute_items"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_published_has_time" CHECK ("minutes"."publication" <> 'published' or "minutes"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_withdrawn_has_reason" CHECK ("minutes"."publication" <> 'withdrawn' or "minutes"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_approved_are_published" CHECK ("minutes"."status" = 'draft' or "minutes"."publication" = 'published');--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_exempt_paragraph_range" CHECK ("reports"."exempt_paragraph" is null or "reports"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_paragraph_only_when_exempt" CHECK ("reports"."access" = 'exempt' or "reports"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_published_has_time" CHECK ("reports"."publication" <> 'published' or "reports"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_withdrawn_has_reason" CHECK ("reports"."publication" <> 'withdrawn' or "reports"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD CONSTRAINT "forward_plan_entries_exempt_paragraph_range" CHECK ("forward_plan_entries"."exempt_paragraph" is null or "forward_plan_entries"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD CONSTRAINT "forward_plan_entries_paragraph_only_when_exempt" CHECK ("forward_plan_entries"."access" = 'exempt' or "forward_plan_entries"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD CONSTRAINT "forward_plan_entries_published_has_time" CHECK ("forward_plan_entries"."publication" <> 'published' or "forward_plan_entries"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD CONSTRAINT "forward_plan_entries_withdrawn_has_reason" CHECK ("forward_plan_entries"."publication" <> 'withdrawn' or "forward_plan_entries"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_exempt_paragraph_range" CHECK ("tracker_outcomes"."exempt_paragraph" is null or "tracker_outcomes"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_paragraph_only_when_exempt" CHECK ("tracker_outcomes"."access" = 'exempt' or "tracker_outcomes"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_published_has_time" CHECK ("tracker_outcomes"."publication" <> 'published' or "tracker_outcomes"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_withdrawn_has_reason" CHECK ("tracker_outcomes"."publication" <> 'withdrawn' or "tracker_outcomes"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_exempt_paragraph_range" CHECK ("work_programme_items"."exempt_paragraph" is null or "work_programme_items"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_paragraph_only_when_exempt" CHECK ("work_programme_items"."access" = 'exempt' or "work_programme_items"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_published_has_time" CHECK ("work_programme_items"."publication" <> 'published' or "work_programme_items"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_withdrawn_has_reason" CHECK ("work_programme_items"."publication" <> 'withdrawn' or "work_programme_items"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_exempt_paragraph_range" CHECK ("action_plans"."exempt_paragraph" is null or "action_plans"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_paragraph_only_when_exempt" CHECK ("action_plans"."access" = 'exempt' or "action_plans"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_published_has_time" CHECK ("action_plans"."publication" <> 'published' or "action_plans"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_withdrawn_has_reason" CHECK ("action_plans"."publication" <> 'withdrawn' or "action_plans"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_exempt_paragraph_range" CHECK ("plan_actions"."exempt_paragraph" is null or "plan_actions"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_paragraph_only_when_exempt" CHECK ("plan_actions"."access" = 'exempt' or "plan_actions"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_published_has_time" CHECK ("plan_actions"."publication" <> 'published' or "plan_actions"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_withdrawn_has_reason" CHECK ("plan_actions"."publication" <> 'withdrawn' or "plan_actions"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_exempt_paragraph_range" CHECK ("decisions"."exempt_paragraph" is null or "decisions"."exempt_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_paragraph_only_when_exempt" CHECK ("decisions"."access" = 'exempt' or "decisions"."exempt_paragraph" is null);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_published_has_time" CHECK ("decisions"."publication" <> 'published' or "decisions"."published_at" is not null);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_withdrawn_has_reason" CHECK ("decisions"."publication" <> 'withdrawn' or "decisions"."withdrawn_reason" is not null);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_call_in_after_decision" CHECK ("decisions"."call_in_deadline" is null or "decisions"."call_in_deadline" >= "decisions"."decided_on"::timestamptz);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_effective_after_call_in" CHECK ("decisions"."effective_from" is null or "decisions"."call_in_deadline" is null or "decisions"."effective_from" >= "decisions"."call_in_deadline" or "decisions"."call_in_status" = 'no-further-action');