CREATE TABLE "eia_actions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "eia_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"eia_id" integer NOT NULL,
	"position" integer NOT NULL,
	"action" text NOT NULL,
	"due_on" date,
	"responsible" text,
	"monitoring" text,
	"complete" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "eias" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "eias_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"report_id" integer,
	"decision_id" integer,
	"title" text NOT NULL,
	"characteristics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence" text,
	"consulted" text,
	"completed_by" text,
	"completed_on" date,
	"signed_off_by" text,
	"signed_off_on" date,
	"review_on" date,
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
	CONSTRAINT "eias_exempt_paragraph_range" CHECK ("eias"."exempt_paragraph" is null or "eias"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "eias_paragraph_only_when_exempt" CHECK ("eias"."access" = 'exempt' or "eias"."exempt_paragraph" is null),
	CONSTRAINT "eias_published_has_time" CHECK ("eias"."publication" <> 'published' or "eias"."published_at" is not null),
	CONSTRAINT "eias_withdrawn_has_reason" CHECK ("eias"."publication" <> 'withdrawn' or "eias"."withdrawn_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "report_appendices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_appendices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"access" text NOT NULL,
	"exempt_paragraph" smallint,
	"access_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "report_appendices_exempt_paragraph_range" CHECK ("report_appendices"."exempt_paragraph" is null or "report_appendices"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "report_appendices_paragraph_only_when_exempt" CHECK ("report_appendices"."access" = 'exempt' or "report_appendices"."exempt_paragraph" is null)
);
--> statement-breakpoint
CREATE TABLE "report_settings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_settings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"sign_off_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"priorities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "report_sign_offs" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "report_sign_offs" ADD COLUMN "comment" text;--> statement-breakpoint
ALTER TABLE "report_sign_offs" ADD COLUMN "sent_on" date;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "decision_maker" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "divisions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "local_members" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "reasons" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "consultations" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "financial_implications" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "legal_implications" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "hr_implications" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "risk_implications" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "other_implications" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "scrutiny_comments" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "background" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "options_considered" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "background_papers" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "previous_version_id" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "sign_off_override_reason" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "sign_off_overridden_by" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "sign_off_overridden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "eia_actions" ADD CONSTRAINT "eia_actions_eia_id_eias_id_fk" FOREIGN KEY ("eia_id") REFERENCES "public"."eias"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eias" ADD CONSTRAINT "eias_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eias" ADD CONSTRAINT "eias_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eias" ADD CONSTRAINT "eias_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_appendices" ADD CONSTRAINT "report_appendices_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_settings" ADD CONSTRAINT "report_settings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eia_actions_eia_idx" ON "eia_actions" USING btree ("eia_id");--> statement-breakpoint
CREATE INDEX "eias_report_idx" ON "eias" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_appendices_report_idx" ON "report_appendices" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_settings_body_idx" ON "report_settings" USING btree ("body_id");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_previous_version_id_reports_id_fk" FOREIGN KEY ("previous_version_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_sign_off_overridden_by_users_id_fk" FOREIGN KEY ("sign_off_overridden_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_previous_idx" ON "reports" USING btree ("previous_version_id");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_risk_range" CHECK (("reports"."risk_likelihood" is null or "reports"."risk_likelihood" between 1 and 5) and ("reports"."risk_impact" is null or "reports"."risk_impact" between 1 and 5));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_risk_score_computed" CHECK ("reports"."risk_likelihood" is null or "reports"."risk_impact" is null or "reports"."risk_score" = "reports"."risk_likelihood" * "reports"."risk_impact");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_override_has_reason" CHECK ("reports"."sign_off_overridden_at" is null or "reports"."sign_off_override_reason" is not null);