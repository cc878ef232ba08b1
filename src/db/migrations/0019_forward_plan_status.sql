ALTER TABLE "forward_plan_entries" ADD COLUMN "status_text" text;--> statement-breakpoint
ALTER TABLE "forward_plan_entries" ADD COLUMN "ended" boolean DEFAULT false NOT NULL;