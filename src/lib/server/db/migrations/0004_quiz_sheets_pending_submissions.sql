CREATE TABLE `pending_submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`user_id` text NOT NULL,
	`article_id` integer NOT NULL,
	`responses` text NOT NULL,
	`submit_blank` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pending_submissions_token_unique` ON `pending_submissions` (`token`);--> statement-breakpoint
CREATE INDEX `pending_submissions_user_idx` ON `pending_submissions` (`user_id`);--> statement-breakpoint
CREATE TABLE `server_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
-- The key that signs quiz sheets: random per database, made here so the first quiz view writes nothing.
INSERT OR IGNORE INTO `server_secrets` (`name`, `value`) VALUES ('quiz-token', lower(hex(randomblob(32))));
