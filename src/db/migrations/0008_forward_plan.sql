CREATE TABLE "forward_plan_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "forward_plan_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"number" integer NOT NULL,
	"published_on" date NOT NULL,
	"note" text,
	"entries" jsonb NOT NULL,
	"publication" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"publication_note" text,
	"access" text NOT NULL,
	"exempt_paragraph" smallint,
	"access_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "forward_plan_versions_exempt_paragraph_range" CHECK ("forward_plan_versions"."exempt_paragraph" is null or "forward_plan_versions"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "forward_plan_versions_paragraph_only_when_exempt" CHECK ("forward_plan_versions"."access" = 'exempt' or "forward_plan_versions"."exempt_paragraph" is null),
	CONSTRAINT "forward_plan_versions_published_has_time" CHECK ("forward_plan_versions"."publication" <> 'published' or "forward_plan_versions"."published_at" is not null),
	CONSTRAINT "forward_plan_versions_withdrawn_has_reason" CHECK ("forward_plan_versions"."publication" <> 'withdrawn' or "forward_plan_versions"."withdrawn_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"kind" text NOT NULL,
	"forward_plan_entry_id" integer,
	"title" text NOT NULL,
	"decision_maker" text NOT NULL,
	"decision_date" date NOT NULL,
	"reasons" text NOT NULL,
	"scrutiny_chair" text,
	"chair_informed_on" date,
	"chair_agreed_on" date,
	"private_stage" text,
	"representations" text,
	"publication" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"publication_note" text,
	"access" text NOT NULL,
	"exempt_paragraph" smallint,
	"access_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "notices_general_exception_informed" CHECK ("notices"."kind" <> 'general-exception' or ("notices"."chair_informed_on" is not null and "notices"."scrutiny_chair" is not null)),
	CONSTRAINT "notices_special_urgency_agreed" CHECK ("notices"."kind" <> 'special-urgency' or ("notices"."chair_agreed_on" is not null and "notices"."scrutiny_chair" is not null)),
	CONSTRAINT "notices_private_stage" CHECK (("notices"."kind" = 'private-meeting') = ("notices"."private_stage" is not null)),
	CONSTRAINT "notices_exempt_paragraph_range" CHECK ("notices"."exempt_paragraph" is null or "notices"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "notices_paragraph_only_when_exempt" CHECK ("notices"."access" = 'exempt' or "notices"."exempt_paragraph" is null),
	CONSTRAINT "notices_published_has_time" CHECK ("notices"."publication" <> 'published' or "notices"."published_at" is not null),
	CONSTRAINT "notices_withdrawn_has_reason" CHECK ("notices"."publication" <> 'withdrawn' or "notices"."withdrawn_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ALTER COLUMN "ref" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "managed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "exempt_matter_paragraph" smallint;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "private_details" text;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "key_spend" integer;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "key_divisions" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "divisions_affected" text;--> statement-breakpoint
ALTER TABLE "forward_plan_versions" ADD CONSTRAINT "forward_plan_versions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_forward_plan_entry_id_forward_plan_entries_id_fk" FOREIGN KEY ("forward_plan_entry_id") REFERENCES "public"."forward_plan_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "forward_plan_versions_number_unique" ON "forward_plan_versions" USING btree ("body_id","number");--> statement-breakpoint
CREATE INDEX "notices_entry_idx" ON "notices" USING btree ("forward_plan_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forward_plan_managed_ref_unique" ON "forward_plan_entries" USING btree ("body_id","ref") WHERE "forward_plan_entries"."managed" and "forward_plan_entries"."ref" is not null;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD CONSTRAINT "forward_plan_entries_matter_paragraph_range" CHECK ("forward_plan_entries"."exempt_matter_paragraph" is null or "forward_plan_entries"."exempt_matter_paragraph" between 1 and 7);--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD CONSTRAINT "forward_plan_entries_published_has_ref" CHECK (not "forward_plan_entries"."managed" or "forward_plan_entries"."publication" = 'draft' or ("forward_plan_entries"."ref" is not null and "forward_plan_entries"."first_published" is not null));--> statement-breakpoint
-- hand-written
-- A published Forward Plan version is a legal record: its number, date and entries never change and it
-- is never deleted; only its publication may change (withdrawn with a reason).
CREATE OR REPLACE FUNCTION shirehall_guard_forward_plan_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'legal record: a published Forward Plan version cannot be deleted' USING ERRCODE = 'P0001';
  END IF;
  IF NOT shirehall_publication_only(to_jsonb(OLD), to_jsonb(NEW)) THEN
    RAISE EXCEPTION 'legal record: a published Forward Plan version cannot be changed; publish a new version' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER forward_plan_versions_legal_record BEFORE UPDATE OR DELETE ON "forward_plan_versions" FOR EACH ROW EXECUTE FUNCTION shirehall_guard_forward_plan_versions();
