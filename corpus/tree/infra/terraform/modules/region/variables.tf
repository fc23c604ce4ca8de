terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_sqs_queue" "sensor" {
  name                       = "sensor-archive-qa"
  visibility_timeout_seconds = 357
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "project" {
  name                       = "project-normalize-staging"
  visibility_timeout_seconds = 454
  message_retention_seconds  = 1209600
}

module "stream_shipment" {
  source = "git::https://github.com/acme/terraform-modules.git//stream?ref=4ac7b515c809f014d6ba47c55a3e587899dc6135"
  name   = "stream-sandbox"
}

resource "aws_sqs_queue" "checkout" {
  name                       = "checkout-sort-perf"
  visibility_timeout_seconds = 175
  message_retention_seconds  = 1209600
}

resource "aws_s3_bucket" "project_dataset" {
  bucket = "acme-project-dataset-staging"

  tags = {
    Team        = "dataset"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "customer_node" {
  bucket = "acme-customer-node-staging"

  tags = {
    Team        = "node"
    Environment = "staging"
    ManagedBy   = "terraform"
  }
}

variable "device_route_count" {
  description = "How many device workers to run for route traffic"
  type        = number
  default     = 2
}

resource "aws_s3_bucket" "metric_channel" {
  bucket = "acme-metric-channel-prod"

  tags = {
    Team        = "channel"
    Environment = "prod"
    ManagedBy   = "terraform"
  }
}
