terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "billing_node" {
  bucket = "acme-billing-node-dev"

  tags = {
    Team        = "node"
    Environment = "dev"
    ManagedBy   = "terraform"
  }
}

module "ticket_template" {
  source = "git::https://github.com/acme/terraform-modules.git//ticket?ref=37db852f771c9160523a736ebb1141894bd4ba2c"
  name   = "ticket-dev"
}

resource "aws_s3_bucket" "stream_feature" {
  bucket = "acme-stream-feature-perf"

  tags = {
    Team        = "feature"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

variable "ledger_team_count" {
  description = "How many ledger workers to run for team traffic"
  type        = number
  default     = 6
}

module "route_feed" {
  source = "git::https://github.com/acme/terraform-modules.git//route?ref=bf24326c1d6cf4610cdf959ef8e94e661c7fff12"
  name   = "route-sandbox"
}

module "account_user" {
  source = "git::https://github.com/acme/terraform-modules.git//account?ref=0f378fb33c7d411588d84fe8eda000d3ef1b3d25"
  name   = "account-sandbox"
}

module "session_schedule" {
  source = "git::https://github.com/acme/terraform-modules.git//session?ref=60d5099487a6c7c6366245942a15de8581956ae2"
  name   = "session-staging"
}

resource "aws_sqs_queue" "cluster" {
  name                       = "cluster-list-staging"
  visibility_timeout_seconds = 484
  message_retention_seconds  = 1209600
}

variable "feature_branch_count" {
  description = "How many feature workers to run for branch traffic"
  type        = number
  default     = 7
}

module "invoice_message" {
  source = "git::https://github.com/acme/terraform-modules.git//invoice?ref=c2f09ceb93d762fcd713d611a810bc6367c291f7"
  name   = "invoice-staging"
}

variable "tenant_owner_count" {
  description = "How many tenant workers to run for owner traffic"
  type        = number
  default     = 7
}

resource "aws_sqs_queue" "pipeline" {
  name                       = "pipeline-resolve-prod"
  visibility_timeout_seconds = 38
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "route" {
  name                       = "route-build-dev"
  visibility_timeout_seconds = 81
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "page" {
  name                       = "page-count-perf"
  visibility_timeout_seconds = 29
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "feed_record" {
  bucket = "acme-feed-record-sandbox"

  tags = {
    Team        = "record"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

resource "aws_sqs_queue" "request" {
  name                       = "request-encode-dev"
  visibility_timeout_seconds = 161
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "client" {
  name                       = "client-publish-prod"
  visibility_timeout_seconds = 29
  message_retention_seconds  = 1209600
}

variable "partner_catalog_count" {
  description = "How many partner workers to run for catalog traffic"
  type        = number
  default     = 3
}

resource "aws_sqs_queue" "comment" {
  name                       = "comment-encode-staging"
  visibility_timeout_seconds = 459
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "schedule" {
  name                       = "schedule-build-dev"
  visibility_timeout_seconds = 150
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "order_customer" {
  bucket = "acme-order-customer-sandbox"

  tags = {
    Team        = "customer"
    Environment = "sandbox"
    ManagedBy   = "terraform"
  }
}

module "order_release" {
  source = "git::https://github.com/acme/terraform-modules.git//order?ref=b031c0483e507748b350e7dad07d4def57867fad"
  name   = "order-prod"
}
