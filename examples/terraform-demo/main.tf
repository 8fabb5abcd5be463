# A self-contained Terraform configuration for the execguard demo and docs: only the built-in
# terraform_data resource and a local backend, so init/plan/apply run offline in ~80 ms each.
terraform {
  backend "local" {}
}

variable "name" {
  type        = string
  description = "Name of the demo application"
  default     = "demo"
}

resource "terraform_data" "app" {
  input = {
    name    = var.name
    version = "1"
  }
}

output "app_id" {
  value = terraform_data.app.id
}

output "app_name" {
  value = terraform_data.app.output.name
}
