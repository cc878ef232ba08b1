CREATE TABLE "risk_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "risk_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"risk_id" integer NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"score" smallint NOT NULL,
	"recorded_on" date NOT NULL,
	"note" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "risk_scores_scale" CHECK ("risk_scores"."likelihood" between 1 and 5 and "risk_scores"."impact" between 1 and 5),
	CONSTRAINT "risk_scores_score_computed" CHECK ("risk_scores"."score" = "risk_scores"."likelihood" * "risk_scores"."impact")
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "risks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"ref" text NOT NULL,
	"title" text NOT NULL,
	"category" text,
	"owner" text NOT NULL,
	"owner_person_id" integer,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"score" smallint NOT NULL,
	"mitigations" text,
	"target_likelihood" smallint,
	"target_impact" smallint,
	"target_score" smallint,
	"review_date" date,
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
	CONSTRAINT "risks_scale" CHECK ("risks"."likelihood" between 1 and 5 and "risks"."impact" between 1 and 5),
	CONSTRAINT "risks_score_computed" CHECK ("risks"."score" = "risks"."likelihood" * "risks"."impact"),
	CONSTRAINT "risks_target_scale" CHECK (("risks"."target_likelihood" is null or "risks"."target_likelihood" between 1 and 5) and ("risks"."target_impact" is null or "risks"."target_impact" between 1 and 5)),
	CONSTRAINT "risks_target_score_computed" CHECK (("risks"."target_likelihood" is null and "risks"."target_impact" is null and "risks"."target_score" is null) or ("risks"."target_likelihood" is not null and "risks"."target_impact" is not null and "risks"."target_score" = "risks"."target_likelihood" * "risks"."target_impact")),
	CONSTRAINT "risks_exempt_paragraph_range" CHECK ("risks"."exempt_paragraph" is null or "risks"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "risks_paragraph_only_when_exempt" CHECK ("risks"."access" = 'exempt' or "risks"."exempt_paragraph" is null),
	CONSTRAINT "risks_published_has_time" CHECK ("risks"."publication" <> 'published' or "risks"."published_at" is not null),
	CONSTRAINT "risks_withdrawn_has_reason" CHECK ("risks"."publication" <> 'withdrawn' or "risks"."withdrawn_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "risk_scores" ADD CONSTRAINT "risk_scores_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_person_id_people_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_scores_risk_idx" ON "risk_scores" USING btree ("risk_id","recorded_on");--> statement-breakpoint
CREATE UNIQUE INDEX "risks_body_ref_idx" ON "risks" USING btree ("body_id","ref") WHERE "risks"."deleted_at" is null;