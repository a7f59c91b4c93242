CREATE TABLE `attempt_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`attempt_id` text NOT NULL,
	`question_key` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`response` text NOT NULL,
	`correct` integer NOT NULL,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempt_answers_attempt_question_unique` ON `attempt_answers` (`attempt_id`,`question_key`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`article_id` integer NOT NULL,
	`article_hash` text NOT NULL,
	`questions` text NOT NULL,
	`token` text NOT NULL,
	`score` integer,
	`max_score` integer NOT NULL,
	`started_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempts_token_unique` ON `attempts` (`token`);--> statement-breakpoint
CREATE INDEX `attempts_user_article_idx` ON `attempts` (`user_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `attempts_article_idx` ON `attempts` (`article_id`);--> statement-breakpoint
CREATE TABLE `question_sets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`content_hash` text NOT NULL,
	`generator_version` integer NOT NULL,
	`generated_at` integer NOT NULL,
	`reviewed_at` integer,
	`reviewed_by` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `question_sets_article_id_unique` ON `question_sets` (`article_id`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`prompt_ar` text NOT NULL,
	`prompt_en` text DEFAULT '' NOT NULL,
	`choices` text DEFAULT '[]' NOT NULL,
	`answer` text NOT NULL,
	`accept` text DEFAULT '[]' NOT NULL,
	`evidence_start` integer,
	`evidence_end` integer,
	`difficulty` integer DEFAULT 2 NOT NULL,
	`position` integer NOT NULL,
	`status` text DEFAULT 'generated' NOT NULL,
	`origin` text DEFAULT 'generated' NOT NULL,
	`edited` integer DEFAULT false NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `questions_article_key_unique` ON `questions` (`article_id`,`key`);--> statement-breakpoint
CREATE INDEX `questions_article_position_idx` ON `questions` (`article_id`,`position`);