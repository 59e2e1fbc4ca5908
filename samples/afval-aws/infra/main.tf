terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
  backend "s3" {
    bucket = "afval-tfstate"
    key    = "afval/terraform.tfstate"
    region = "eu-central-1"
  }
}

resource "aws_s3_bucket" "fotos" {
  bucket = "afval-meldingen-fotos"
}

resource "aws_sqs_queue" "meldingen" {
  name = "afval-meldingen"
}

resource "aws_ecr_repository" "backend" {
  name = "afval-backend"
}

# trap: a reference is not a declaration
output "fotos_arn" {
  value = aws_s3_bucket.fotos.arn
}
