import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const X = 'irreversible-delete';
const DESTROY_OK = 'User approved the teardown. Destroy it.';
const DELETE_OK = 'Approved. Delete it.';

table('tools: az', [
  block('az group delete -n rg-prod --yes', D),
  block('az group delete --name rg-dev --yes --no-wait', D),
  block('az --subscription prod group delete -n rg --yes', D, null),
  block('az group delete -n rg-prod --yes', D, 'Approved: destroy the dev resource group.'),
  allow('az group delete -n rg-dev --yes', DESTROY_OK),
  block('az aks delete -g rg -n c', X),
  block('az aks delete --resource-group rg-prod --name aks-prod --yes', X),
  block('az sql db delete -g rg -s srv -n orders --yes', X),
  block('az sql server delete -g rg -n srv --yes', X),
  block('az storage account delete -n acct -g rg --yes', X),
  block('az cosmosdb delete -n db -g rg --yes', X),
  block('az vm delete -g rg -n vm1 --yes', X),
  block('az storage blob delete-batch --account-name acct -s logs', X),
  allow('az aks delete -g rg-dev -n aks-dev --yes', DELETE_OK),
  allow('az group show -n rg'),
  allow('az group show -n rg', null),
  allow('az group list', null),
  allow('az aks show -g rg -n c', null),
  allow('az aks get-credentials -g rg -n c', null),
  allow('az account show', null),
  allow('az storage account list', null),
  allow('az deployment group what-if -g rg --template-file main.bicep', null),
  allow('az aks scale -g rg -n c --node-count 3'),
  block('az aks scale -g rg -n c --node-count 3', 'approval-gate', null),
]);
