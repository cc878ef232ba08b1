CREATE TABLE "plan_action_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_action_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_action_id" integer NOT NULL,
	"updated_on" date NOT NULL,
	"rag" text,
	"due_text" text,
	"due_date" date,
	"progress" text,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "plan_action_updates" ADD CONSTRAINT "plan_action_updates_plan_action_id_plan_actions_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."plan_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_action_updates_action_idx" ON "plan_action_updates" USING btree ("plan_action_id","updated_on");