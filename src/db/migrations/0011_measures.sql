CREATE TABLE "measure_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measure_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"measure_id" integer NOT NULL,
	"period" date NOT NULL,
	"label" text NOT NULL,
	"value" numeric NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "measure_values_measure_period_unique" UNIQUE("measure_id","period")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"action_plan_id" integer,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"baseline" numeric,
	"target" numeric NOT NULL,
	"tolerance" numeric DEFAULT 0 NOT NULL,
	"frequency" text NOT NULL,
	"source" text,
	"owner" text,
	"officer_rag" text,
	"commentary" text,
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
	CONSTRAINT "measures_exempt_paragraph_range" CHECK ("measures"."exempt_paragraph" is null or "measures"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "measures_paragraph_only_when_exempt" CHECK ("measures"."access" = 'exempt' or "measures"."exempt_paragraph" is null),
	CONSTRAINT "measures_published_has_time" CHECK ("measures"."publication" <> 'published' or "measures"."published_at" is not null),
	CONSTRAINT "measures_withdrawn_has_reason" CHECK ("measures"."publication" <> 'withdrawn' or "measures"."withdrawn_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measures_plan_idx" ON "measures" USING btree ("action_plan_id");