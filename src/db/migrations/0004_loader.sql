CREATE TABLE "person_merges" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_merges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"from_person_id" integer NOT NULL,
	"into_person_id" integer NOT NULL,
	"moved" jsonb NOT NULL,
	"reason" text,
	"merged_by" text NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "plan_date" date;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_from_person_id_people_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_into_person_id_people_id_fk" FOREIGN KEY ("into_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_merges_from_idx" ON "person_merges" USING btree ("from_person_id");--> statement-breakpoint
CREATE INDEX "person_merges_into_idx" ON "person_merges" USING btree ("into_person_id");