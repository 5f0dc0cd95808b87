/**
 * The starter a new role file opens with: a small account that lints clean and shows every
 * kind of block, so authors edit rather than look up the syntax.
 */
export const NEW_ROLE_FILE_TEMPLATE = `# Who may create, manage and use access tokens in this NetSuite account.
# Hover any name or permission for what it allows; \`expect\` lines are tests of who can do what.

account "My Company Production" {
  token-based-authentication enabled
}

# Creates and revokes tokens for the integration users (Setup > Users/Roles > Access Tokens).
role "Integration Manager" {
  permission "Access Token Management" full
  two-factor required
}

# Logs in to RESTlets and web services with a token; creates no tokens itself.
role "RESTlet Integration" {
  permission "Log in using Access Tokens" full
}

user "admin@example.com" { role "Integration Manager" }
user "svc-orders" { role "RESTlet Integration" }

integration "Orders Sync" {
  token-based-authentication enabled
  state enabled
}

token "orders-prod" {
  user "svc-orders"
  role "RESTlet Integration"
  integration "Orders Sync"
  created-by "admin@example.com"
}

expect "admin@example.com" as "Integration Manager" can issue-token for "svc-orders" as "RESTlet Integration"
expect "admin@example.com" as "Integration Manager" cannot restlet-login
expect "svc-orders" as "RESTlet Integration" can restlet-login
expect "svc-orders" as "RESTlet Integration" cannot issue-token
`;
