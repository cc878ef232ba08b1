ALTER TABLE "tracker_outcomes" ADD COLUMN "minute_item_id" integer;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "progress" text;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "progress_on" date;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD COLUMN "completed_on" date;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_minute_item_id_minute_items_id_fk" FOREIGN KEY ("minute_item_id") REFERENCES "public"."minute_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_progress_after_agreed" CHECK ("tracker_outcomes"."progress_on" is null or "tracker_outcomes"."meeting_date" is null or "tracker_outcomes"."progress_on" >= "tracker_outcomes"."meeting_date");--> statement-breakpoint
ALTER TABLE "tracker_outcomes" ADD CONSTRAINT "tracker_outcomes_completed_after_agreed" CHECK ("tracker_outcomes"."completed_on" is null or "tracker_outcomes"."meeting_date" is null or "tracker_outcomes"."completed_on" >= "tracker_outcomes"."meeting_date");--> statement-breakpoint
CREATE INDEX "tracker_minute_item_idx" ON "tracker_outcomes" USING btree ("minute_item_id");--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "lead_member" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "lead_officer" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "meeting_id" integer;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "request_state" text DEFAULT 'accepted' NOT NULL;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "requested_by" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "requested_by_user_id" integer;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "request_reason" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "decided_by" text;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD COLUMN "agenda_item_id" integer;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_kind_known" CHECK ("work_programme_items"."kind" is null or "work_programme_items"."kind" in ('report', 'update', 'development-session'));--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_request_state_known" CHECK ("work_programme_items"."request_state" in ('requested', 'accepted', 'declined'));--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_declined_has_reason" CHECK ("work_programme_items"."request_state" <> 'declined' or "work_programme_items"."decision_reason" is not null);--> statement-breakpoint
ALTER TABLE "work_programme_items" ADD CONSTRAINT "work_programme_items_request_not_published" CHECK ("work_programme_items"."request_state" = 'accepted' or "work_programme_items"."publication" <> 'published');--> statement-breakpoint
CREATE INDEX "work_programme_meeting_idx" ON "work_programme_items" USING btree ("meeting_id");
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recommendations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"made_on" date NOT NULL,
	"made_to" text NOT NULL,
	"recommendation" text NOT NULL,
	"response_due" date NOT NULL,
	"response" text,
	"response_text" text,
	"responded_on" date,
	"follow_up" text,
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
	CONSTRAINT "recommendations_response_known" CHECK ("recommendations"."response" is null or "recommendations"."response" in ('accepted', 'partly-accepted', 'rejected')),
	CONSTRAINT "recommendations_response_complete" CHECK (("recommendations"."response" is null) = ("recommendations"."responded_on" is null) and ("recommendations"."response" is null or "recommendations"."response_text" is not null)),
	CONSTRAINT "recommendations_due_after_made" CHECK ("recommendations"."response_due" > "recommendations"."made_on"),
	CONSTRAINT "recommendations_response_after_made" CHECK ("recommendations"."responded_on" is null or "recommendations"."responded_on" >= "recommendations"."made_on"),
	CONSTRAINT "recommendations_exempt_paragraph_range" CHECK ("recommendations"."exempt_paragraph" is null or "recommendations"."exempt_paragraph" between 1 and 7),
	CONSTRAINT "recommendations_paragraph_only_when_exempt" CHECK ("recommendations"."access" = 'exempt' or "recommendations"."exempt_paragraph" is null),
	CONSTRAINT "recommendations_published_has_time" CHECK ("recommendations"."publication" <> 'published' or "recommendations"."published_at" is not null),
	CONSTRAINT "recommendations_withdrawn_has_reason" CHECK ("recommendations"."publication" <> 'withdrawn' or "recommendations"."withdrawn_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendations_org_idx" ON "recommendations" USING btree ("organisation_id","made_on");
