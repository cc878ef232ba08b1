CREATE TABLE "interest_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interest_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"sensitive" boolean DEFAULT false NOT NULL,
	"donor" text,
	"value_pence" integer,
	"arose" date NOT NULL,
	"notified" date NOT NULL,
	"ended" date,
	"publication" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"publication_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "interest_entries_notified_after_arose" CHECK ("interest_entries"."notified" >= "interest_entries"."arose"),
	CONSTRAINT "interest_entries_ended_after_arose" CHECK ("interest_entries"."ended" is null or "interest_entries"."ended" >= "interest_entries"."arose"),
	CONSTRAINT "interest_entries_gift_has_donor" CHECK ("interest_entries"."category" <> 'gift-hospitality' or ("interest_entries"."donor" is not null and "interest_entries"."value_pence" is not null)),
	CONSTRAINT "interest_entries_published_has_time" CHECK ("interest_entries"."publication" <> 'published' or "interest_entries"."published_at" is not null),
	CONSTRAINT "interest_entries_withdrawn_has_reason" CHECK ("interest_entries"."publication" <> 'withdrawn' or "interest_entries"."withdrawn_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "interest_entries" ADD CONSTRAINT "interest_entries_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_entries" ADD CONSTRAINT "interest_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interest_entries_person_idx" ON "interest_entries" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "agenda_items_title_search_idx" ON "agenda_items" USING gin (to_tsvector('english', "title"));--> statement-breakpoint
CREATE INDEX "minute_items_title_search_idx" ON "minute_items" USING gin (to_tsvector('english', "title"));