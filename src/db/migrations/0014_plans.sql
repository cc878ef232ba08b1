CREATE TABLE "highlight_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "highlight_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"part_id" integer NOT NULL,
	"quarter_start" date NOT NULL,
	"quarter" text NOT NULL,
	"computed_rag" text,
	"computed_direction" text NOT NULL,
	"officer_rag" text,
	"officer_direction" text,
	"nil_return" boolean DEFAULT false NOT NULL,
	"achievements" text,
	"risks_and_issues" text,
	"next_steps" text,
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
	CONSTRAINT "highlight_reports_part_quarter_unique" UNIQUE("part_id","quarter_start"),
	CONSTRAINT "highlight_reports_exempt_paragraph_range" CHECK ("highlight_reports"."exempt_paragraph" is null or "highlight_reports"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "highlight_reports_paragraph_only_when_exempt" CHECK ("highlight_reports"."access" = 'exempt' or "highlight_reports"."exempt_paragraph" is null),
	CONSTRAINT "highlight_reports_published_has_time" CHECK ("highlight_reports"."publication" <> 'published' or "highlight_reports"."published_at" is not null),
	CONSTRAINT "highlight_reports_withdrawn_has_reason" CHECK ("highlight_reports"."publication" <> 'withdrawn' or "highlight_reports"."withdrawn_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "plan_part_champions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_part_champions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"part_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_part_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_part_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"part_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_parts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_parts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"parent_id" integer,
	"level" integer NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "plan_parts_plan_number_unique" UNIQUE("plan_id","number")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"organisation_id" integer,
	"description" text,
	"levels" jsonb NOT NULL,
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
	CONSTRAINT "plans_slug_unique" UNIQUE("slug"),
	CONSTRAINT "plans_end_after_start" CHECK ("plans"."end_date" > "plans"."start_date"),
	CONSTRAINT "plans_exempt_paragraph_range" CHECK ("plans"."exempt_paragraph" is null or "plans"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "plans_paragraph_only_when_exempt" CHECK ("plans"."access" = 'exempt' or "plans"."exempt_paragraph" is null),
	CONSTRAINT "plans_published_has_time" CHECK ("plans"."publication" <> 'published' or "plans"."published_at" is not null),
	CONSTRAINT "plans_withdrawn_has_reason" CHECK ("plans"."publication" <> 'withdrawn' or "plans"."withdrawn_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "action_plans" ADD COLUMN "plan_part_id" integer;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "plan_part_id" integer;--> statement-breakpoint
ALTER TABLE "highlight_reports" ADD CONSTRAINT "highlight_reports_part_id_plan_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."plan_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_part_champions" ADD CONSTRAINT "plan_part_champions_part_id_plan_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."plan_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_part_champions" ADD CONSTRAINT "plan_part_champions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_part_groups" ADD CONSTRAINT "plan_part_groups_part_id_plan_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."plan_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_part_groups" ADD CONSTRAINT "plan_part_groups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_parts" ADD CONSTRAINT "plan_parts_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_parts" ADD CONSTRAINT "plan_parts_parent_id_plan_parts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_part_champions_part_idx" ON "plan_part_champions" USING btree ("part_id");--> statement-breakpoint
CREATE INDEX "plan_part_groups_part_idx" ON "plan_part_groups" USING btree ("part_id");--> statement-breakpoint
CREATE INDEX "plan_parts_plan_idx" ON "plan_parts" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_plan_part_id_plan_parts_id_fk" FOREIGN KEY ("plan_part_id") REFERENCES "public"."plan_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_plan_part_id_plan_parts_id_fk" FOREIGN KEY ("plan_part_id") REFERENCES "public"."plan_parts"("id") ON DELETE no action ON UPDATE no action;