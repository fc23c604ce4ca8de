terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

module "metric_search" {
  source = "git::https://github.com/acme/terraform-modules.git//metric?ref=93b92a8af4d5c507d265619c1be13342dcb45c50"
  name   = "metric-perf"
}

module "asset_cluster" {
  source = "git::https://github.com/acme/terraform-modules.git//asset?ref=b0066a1a8e997d6e9ddfc823c281a785aa6d5940"
  name   = "asset-perf"
}

resource "aws_s3_bucket" "payment_region" {
  bucket = "acme-payment-region-perf"

  tags = {
    Team        = "region"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

module "template_report" {
  source = "git::https://github.com/acme/terraform-modules.git//template?ref=317077278d3e09da19dd4a439f5a1f6f80191de9"
  name   = "template-perf"
}

module "team_stage" {
  source = "git::https://github.com/acme/terraform-modules.git//team?ref=9458dda6a1fac0b9478e534f99ffabf0315f1d8a"
  name   = "team-sandbox"
}

resource "aws_sqs_queue" "session" {
  name                       = "session-merge-prod"
  visibility_timeout_seconds = 379
  message_retention_seconds  = 1209600
}

variable "payment_review_count" {
  description = "How many payment workers to run for review traffic"
  type        = number
  default     = 4
}

module "bucket_route" {
  source = "git::https://github.com/acme/terraform-modules.git//bucket?ref=dfefd32d1ad853084e714d5260cbd12dceddefb7"
  name   = "bucket-staging"
}

module "supplier_account" {
  source = "git::https://github.com/acme/terraform-modules.git//supplier?ref=f25b86a61653119b983fad4a9c6e3b8c9e0d796c"
  name   = "supplier-qa"
}

resource "aws_s3_bucket" "address_snapshot" {
  bucket = "acme-address-snapshot-staging"

  tags = {
    Team        = "snapshot"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

module "upload_feed" {
  source = "git::https://github.com/acme/terraform-modules.git//upload?ref=e7f08fc4230fa8bc91c41bdad4e259b7a79ab23b"
  name   = "upload-prod"
}

resource "aws_sqs_queue" "dataset" {
  name                       = "dataset-handle-sandbox"
  visibility_timeout_seconds = 404
  message_retention_seconds  = 1209600
}

module "listing_project" {
  source = "git::https://github.com/acme/terraform-modules.git//listing?ref=c7fd060cba0fdd241ccf7dd8da55121c1510ccfd"
  name   = "listing-staging"
}

resource "aws_sqs_queue" "visit" {
  name                       = "visit-parse-prod"
  visibility_timeout_seconds = 13
  message_retention_seconds  = 1209600
}

variable "batch_node_count" {
  description = "How many batch workers to run for node traffic"
  type        = number
  default     = 5
}

resource "aws_sqs_queue" "comment" {
  name                       = "comment-update-staging"
  visibility_timeout_seconds = 454
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "upload_plan" {
  bucket = "acme-upload-plan-perf"

  tags = {
    Team        = "plan"
    Environment = "perf"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "shipment_job" {
  bucket = "acme-shipment-job-staging"

  tags = {
    Team        = "job"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}
