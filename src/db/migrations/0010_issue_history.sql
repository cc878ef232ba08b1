ALTER TABLE "recommendations" ADD COLUMN "forward_plan_ref" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "report_id" integer;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendations_fp_idx" ON "recommendations" USING btree ("forward_plan_ref");--> statement-breakpoint
CREATE INDEX "decisions_fp_idx" ON "decisions" USING btree ("forward_plan_ref");--> statement-breakpoint
CREATE INDEX "decisions_report_idx" ON "decisions" USING btree ("report_id");