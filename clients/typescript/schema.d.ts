/**
 * Generated from openapi/openapi.json by `npm run client` (openapi-typescript). Do not edit.
 */

export interface paths {
    "/audit/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit trail
         * @description Every money action of the caller's tenant (payout requested, created, refused, failed; destination created), newest first. Scope: `audit:read`.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/banks/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The banks a customer can connect or pay from
         * @description Lean's banks list, unchanged. The gateway keeps each Lean application's answer for 5 minutes (and drops it when Lean reports a change of availability), so every screen may ask. Scope: `data:read`.
         */
        get: operations["listBanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description The accounts of the caller's Lean entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Balances
         * @description Balances of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Beneficiaries
         * @description Beneficiaries of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getBeneficiaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/direct-debits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Direct debits
         * @description Direct debits of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getDirectDebits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Account identities
         * @description Account identities of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getAccountIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/scheduled-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scheduled payments
         * @description Scheduled payments of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getScheduledPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standing orders
         * @description Standing orders of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getStandingOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/accounts/{account_id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transactions
         * @description Transactions of one account of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Identity
         * @description The identity of the customer behind the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/refreshes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List data refreshes
         * @description The refreshes of the caller's entity.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         */
        get: operations["getDataRefreshes"];
        put?: never;
        /**
         * Trigger a manual data refresh
         * @description Asks Lean to fetch the entity's data from the bank again. Honours an Idempotency-Key.
         *
         *     Scope: `data:refresh`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         *
         *     Idempotency: optional. With an `Idempotency-Key`, a repeat returns the stored answer instead of acting twice.
         */
        post: operations["triggerDataRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/v2/refreshes/{refresh_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data refresh status
         * @description The status of one refresh.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` header (a UUID); with an end-user JWT it comes from the token's entity claim, and an `entity_id` header that differs is 403.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getDataRefreshStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's events
         * @description Oldest first, from `after` on. App users (JWT) see the events of their own entity and of payouts they requested. Scope: `events:read`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/link/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app user's connected banks
         * @description The entities bound to the caller's user (by `entity.created` for its customer), newest first. API-key callers name the user with `?user=`. With `refresh=true` the gateway first asks Lean for the customer's entities and binds those a missed webhook left out (audited `entity.reconciled`). Scope: `link:connect`.
         */
        get: operations["listLinkEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/link/v1/entities/{entity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disconnect a bank
         * @description Disconnects one of the caller user's entities at Lean and forgets it; another user's is 404. Audited. Scope: `link:connect`.
         */
        delete: operations["disconnectLinkEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/link/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a LinkSDK session for an app user
         * @description Finds or creates the user's Lean customer and returns what LinkSDK's `connect()` takes. The app user is the JWT's `sub`; an API-key caller names one in `user`. Scope: `link:connect`. Never cached.
         */
        post: operations["createLinkSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/v1/intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a pay-in (payment intent)
         * @description Creates a Lean payment intent for an app user's Lean customer; the app passes its `payment_intent_id` to LinkSDK's `pay()`. A JWT caller pays as itself (a `customer_id` or `user` in the body is 403); an API-key caller names the user, or a customer the gateway holds for the tenant. A `payment_destination_id` must be one of the tenant's `lean.payinDestinations` (403 otherwise). Lean's payment is then reported as `payment.status_changed` events.
         *
         *     Scope: `payments:write`.
         *
         *     Idempotency: required. The same key with the same body returns the stored answer (`Idempotent-Replayed: true`); with another body it is 422; while the first is running it is 409 with `Retry-After`.
         */
        post: operations["createPaymentIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payments/v1/intents/{intent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pay-in (payment intent)
         * @description The intent and the payment made against it. Only the tenant that created it, and of a JWT caller only its own user's: others' are 404.
         *
         *     Scope: `payments:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getPaymentIntent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payout
         * @description One payout and its current status; poll it, webhooks can be missed.
         *
         *     Scope: `payouts:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getPayout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/intents/{payment_intent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payout intent
         * @description The intent behind a payout.
         *
         *     Scope: `payouts:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getPayoutIntent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a payout
         * @description Sends money from the corporate account to a destination. Requires an Idempotency-Key (header, or the body field `idempotency_key`): a retry with the same key and body returns the first answer.
         *
         *     Scope: `payouts:write`.
         *
         *     Where tenants share a Lean client, every destination must be one this tenant created; otherwise 404, before anything reaches Lean.
         *
         *     Idempotency: required. The same key with the same body returns the stored answer (`Idempotent-Replayed: true`); with another body it is 422; while the first is running it is 409 with `Retry-After`.
         */
        post: operations["createPayoutPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/payment/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payout destinations
         * @description The tenant's payout destinations.
         *
         *     Scope: `destinations:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["listPayoutDestinations"];
        put?: never;
        /**
         * Create a payout destination
         * @description Registers a beneficiary that payouts can be sent to. Honours an Idempotency-Key.
         *
         *     Scope: `destinations:write`.
         *
         *     Idempotency: optional. With an `Idempotency-Key`, a repeat returns the stored answer instead of acting twice.
         *
         *     With the tenant's `lean.verifyDestinations`, each destination's IBAN and holder name are checked with Lean's account verification first: no match (or a partial one, unless `lean.acceptPartialMatch`) is 422 `destination-unverified` and nothing is created; Lean unable to verify is 502.
         */
        post: operations["createPayoutDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/payment/destinations/{destination_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payout destination
         * @description One payout destination.
         *
         *     Scope: `destinations:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getPayoutDestination"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payouts
         * @description The tenant's payouts.
         *
         *     Scope: `payouts:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["listPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payouts/v1/payments/{payment_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payout status history
         * @description Every status one payout went through.
         *
         *     Scope: `payouts:read`.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getPayoutPaymentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: not draining, store reachable */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verifications/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify an account's holder
         * @description Asks Lean's account verification whether the IBAN belongs to the named holder, before a destination is created (a tenant with `lean.verifyDestinations` has every new destination checked so). Lean's answer passes through.
         *
         *     Scope: `destinations:write`.
         */
        post: operations["verifyAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/lean/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lean's webhooks in
         * @description Lean posts its events here, signed with the application's `lean.webhookSecret` (`lean-signature: sha512=<HMAC-SHA512 of the body>`). Stored before the answer, once per `event_id`.
         */
        post: operations["receiveLeanWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Account
         * @description A bank account of the customer
         */
        Account: {
            /** @description Lean's id (a UUID) */
            account_id?: string;
            account_number?: string;
            bic?: string;
            currency?: string;
            iban?: string;
            name?: string;
            /** @enum {string} */
            type?: "CURRENT" | "SAVINGS" | "CREDIT_CARD" | "LOAN";
        } & {
            [key: string]: unknown;
        };
        /**
         * Amount
         * @description An amount in major units and its ISO 4217 currency
         */
        Amount: {
            amount?: number;
            currency?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Balance
         * @description An account's balances
         */
        Balance: {
            /** @description Lean's id (a UUID) */
            account_id?: string;
            available_balance?: components["schemas"]["Amount"];
            current_balance?: components["schemas"]["Amount"];
            /** Format: date-time */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Beneficiary
         * @description A payee saved on the account
         */
        Beneficiary: {
            account_number?: string;
            /** @description Lean's id (a UUID) */
            beneficiary_id?: string;
            iban?: string;
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Destination
         * @description A payout destination (beneficiary)
         */
        Destination: {
            account_number?: string;
            bank_code?: string;
            beneficiary_name?: string;
            country?: string;
            /** Format: date-time */
            created_at?: string;
            currency?: string;
            iban?: string;
            /** Format: uuid */
            id?: string;
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * DirectDebit
         * @description A direct debit mandate on the account
         */
        DirectDebit: {
            /** @description Lean's id (a UUID) */
            direct_debit_id?: string;
            name?: string;
            previous_payment_amount?: components["schemas"]["Amount"];
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Identity
         * @description The account holder as the bank knows them
         */
        Identity: {
            /** @description Lean's id (a UUID) */
            account_id?: string;
            address?: string;
            email?: string;
            full_name?: string;
            mobile_number?: string;
            national_identity_number?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Payout
         * @description A payout: money sent from the corporate account to a destination
         */
        Payout: {
            amount?: number;
            /** Format: date-time */
            created_at?: string;
            currency?: string;
            description?: string;
            /** Format: uuid */
            destination_id?: string;
            /** Format: uuid */
            id?: string;
            /**
             * Format: uuid
             * @description The intent this payout belongs to; a webhook or the intent route names it
             */
            payment_intent_id?: string;
            reference?: string;
            /** @enum {string} */
            status?: "PENDING" | "SUBMITTED" | "COMPLETED" | "FAILED" | "REJECTED";
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "beneficiary_name": "Omar Haddad",
         *       "iban": "AE070331234567890123456",
         *       "country": "AE",
         *       "currency": "AED"
         *     }
         */
        PayoutDestinationRequest: {
            account_number?: string;
            bank_code?: string;
            beneficiary_name: string;
            country?: string;
            currency?: string;
            iban?: string;
        };
        /**
         * PayoutIntent
         * @description A payment intent and the payouts made for it
         */
        PayoutIntent: {
            amount?: number;
            /** Format: date-time */
            created_at?: string;
            currency?: string;
            /** Format: uuid */
            destination_id?: string;
            /** Format: uuid */
            id?: string;
            payment_ids?: string[];
            /** @enum {string} */
            status?: "PENDING" | "SUBMITTED" | "COMPLETED" | "FAILED" | "REJECTED";
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "amount": 250.75,
         *       "currency": "AED",
         *       "destination_id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
         *       "reference": "INV-1001",
         *       "description": "Supplier invoice 1001"
         *     }
         */
        PayoutRequest: {
            /** @description Amount in major units, greater than 0, with no more decimals than the currency's minor unit (2 for AED and SAR) */
            amount: number;
            /** @description ISO 4217 code, e.g. AED or SAR */
            currency: string;
            description?: string;
            /**
             * Format: uuid
             * @description A destination created by this tenant
             */
            destination_id: string;
            /** @description Used only when the Idempotency-Key header is absent; replaced on the way to Lean */
            idempotency_key?: string;
            reference?: string;
        };
        /**
         * PayoutStatusChange
         * @description One step of a payout's history
         */
        PayoutStatusChange: {
            /** @enum {string} */
            status?: "PENDING" | "SUBMITTED" | "COMPLETED" | "FAILED" | "REJECTED";
            /** Format: date-time */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        Problem: {
            /** @description Stable machine-readable code, the last part of `type` */
            code: string;
            detail: string;
            instance?: string;
            /** @description Lean's own error code, when Lean refused the call */
            leanStatus?: string;
            requestId?: string;
            status: number;
            title: string;
            /** @description Stable URI of the problem kind */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Refresh
         * @description A data refresh and its progress
         */
        Refresh: {
            /** Format: date-time */
            completed_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** @description Lean's id (a UUID) */
            entity_id?: string;
            /** @description Lean's id (a UUID) */
            refresh_id?: string;
            /** @enum {string} */
            status?: "IN_PROGRESS" | "COMPLETED" | "FAILED";
        } & {
            [key: string]: unknown;
        };
        RefreshRequest: {
            /**
             * Format: uuid
             * @description The entity to refresh; must be the one the call acts on
             */
            entity_id?: string;
        };
        /**
         * ScheduledPayment
         * @description A future-dated payment from the account
         */
        ScheduledPayment: {
            amount?: components["schemas"]["Amount"];
            /** Format: date */
            execution_date?: string;
            reference?: string;
            /** @description Lean's id (a UUID) */
            scheduled_payment_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * StandingOrder
         * @description A recurring payment from the account
         */
        StandingOrder: {
            amount?: components["schemas"]["Amount"];
            frequency?: string;
            /** @description Lean's id (a UUID) */
            standing_order_id?: string;
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Transaction
         * @description One transaction of an account
         */
        Transaction: {
            amount?: components["schemas"]["Amount"];
            /** @enum {string} */
            booking_status?: "BOOKED" | "PENDING";
            /** @enum {string} */
            credit_debit_indicator?: "CREDIT" | "DEBIT";
            description?: string;
            /** @description Lean's id (a UUID) */
            id?: string;
            /** Format: date-time */
            timestamp?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key (nothing reached Lean) */
        IdempotentReplayed: "true";
        /** @description Lean's id for the call, for Lean support tickets, when Lean sent one */
        LeanCorrelationId: string;
        /** @description What is left of it: `"<policy>";r=<remaining>;t=<seconds to reset>` */
        RateLimit: string;
        /** @description The caller's limit (draft-ietf-httpapi-ratelimit-headers): `"<policy>";q=<max>;w=<window seconds>`; present when the tenant sets a rate limit */
        RateLimitPolicy: string;
        /** @description Seconds to wait before trying again */
        RetryAfter: number;
        /** @description The schemes the gateway accepts */
        WWWAuthenticate: string;
        /** @description Requests allowed per window (the same counter as RateLimit) */
        XRateLimitLimit: number;
        /** @description Requests left in this window */
        XRateLimitRemaining: number;
        /** @description Seconds until the window resets */
        XRateLimitReset: number;
        /** @description The caller's `x-request-id` when it sent 1–128 visible ASCII characters, else a new one; in every log line of the request */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page */
                cursor?: string;
                /** @description Events at or after this instant (RFC 3339) */
                from?: string;
                /** @description Page size, 1–200 (default 50) */
                limit?: number;
                /** @description Events before this instant (RFC 3339) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A page of audit events, newest first */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            amount?: number;
                            /** Format: date-time */
                            at: string;
                            /** @description API key id or JWT sub */
                            caller: string;
                            currency?: string;
                            destinationId?: string;
                            detail?: string;
                            /** @description payout.requested, payout.created, payout.refused, payout.failed, destination.created */
                            event: string;
                            id: string;
                            idempotencyKey?: string;
                            leanId?: string;
                            operation: string;
                            outcome: string;
                            requestId: string;
                            tenantId: string;
                        }[];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, the rate-limit counters (money routes) or the identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBanks: {
        parameters: {
            query?: {
                /** @description Only banks supporting these account types, comma-separated: CURRENT, SAVINGS, CREDIT */
                account_types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's banks list (kept up to 5 minutes: see Age and Cache-Control) */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ({
                        /** @description Whether Lean (`active`) and the application (`enabled`) have the bank on, for payments and data */
                        availability?: {
                            [key: string]: unknown;
                        };
                        background_color?: string;
                        country_code?: string;
                        /** @description Lean's identifier of the bank, as LinkSDK's `bank_identifier` takes it */
                        identifier: string;
                        logo?: string;
                        logo_alt?: string;
                        main_color?: string;
                        name: string;
                        supported_account_types?: string[];
                        /** @description `dark` or `light`: the text colour over `main_color` */
                        theme?: string;
                        traits?: string[];
                        transfer_limits?: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccounts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accounts list */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "account_id": "053ef2f8-8bf2-4839-afe3-165b5e24f287",
                     *         "name": "Current Account",
                     *         "type": "CURRENT",
                     *         "currency": "AED",
                     *         "iban": "AE550303771976583869422",
                     *         "account_number": "787801904675",
                     *         "bic": "ADCBAEAA"
                     *       },
                     *       {
                     *         "account_id": "63029821-24e1-4088-a5ce-840592020611",
                     *         "name": "Savings Account",
                     *         "type": "SAVINGS",
                     *         "currency": "AED",
                     *         "iban": "AE670336737594705424767",
                     *         "account_number": "190307773045",
                     *         "bic": "ENBDAEAD"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Account"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBalances: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Balances */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "account_id": "053ef2f8-8bf2-4839-afe3-165b5e24f287",
                     *       "current_balance": {
                     *         "amount": 134959.11,
                     *         "currency": "AED"
                     *       },
                     *       "available_balance": {
                     *         "amount": 134866.37,
                     *         "currency": "AED"
                     *       },
                     *       "timestamp": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Balance"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBeneficiaries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Beneficiaries */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "beneficiary_id": "fb91016b-4930-4920-aab9-ceb4b2037168",
                     *         "name": "Yousef Haddad",
                     *         "iban": "AE220303478950605242331"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Beneficiary"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDirectDebits: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Direct debits */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "direct_debit_id": "66270b23-ebca-41b8-ae27-03e579263336",
                     *         "name": "Talabat",
                     *         "status": "ACTIVE",
                     *         "previous_payment_amount": {
                     *           "amount": 215,
                     *           "currency": "AED"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DirectDebit"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccountIdentities: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Account identities */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "full_name": "Yousef Al Shamsi",
                     *         "email": "yousef.al.shamsi@example.com",
                     *         "mobile_number": "+971561048603",
                     *         "national_identity_number": "784420356271738",
                     *         "address": "Dubai, United Arab Emirates",
                     *         "account_id": "053ef2f8-8bf2-4839-afe3-165b5e24f287"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Identity"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScheduledPayments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Scheduled payments */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "scheduled_payment_id": "7e23cb1f-4787-44bb-a15b-dd9f98e7e807",
                     *         "reference": "Rent",
                     *         "amount": {
                     *           "amount": 5229.54,
                     *           "currency": "AED"
                     *         },
                     *         "execution_date": "2026-11-28"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ScheduledPayment"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStandingOrders: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Standing orders */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "standing_order_id": "f2df9c45-5909-4c81-a702-913e0f7e274b",
                     *         "frequency": "MONTHLY",
                     *         "amount": {
                     *           "amount": 944.13,
                     *           "currency": "AED"
                     *         },
                     *         "status": "ACTIVE"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["StandingOrder"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTransactions: {
        parameters: {
            query?: {
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description First day included, YYYY-MM-DD */
                start_date?: string;
            };
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /**
                 * @description Lean account id: 1–128 of letters, digits, "-", "_" and "."
                 * @example 053ef2f8-8bf2-4839-afe3-165b5e24f287
                 */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Transactions */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "fb40e2ff-8887-4692-adfb-18f3adae5905",
                     *         "amount": {
                     *           "amount": 358.42,
                     *           "currency": "AED"
                     *         },
                     *         "timestamp": "2026-11-21T09:30:00.000Z",
                     *         "description": "Noon purchase",
                     *         "credit_debit_indicator": "DEBIT",
                     *         "booking_status": "PENDING"
                     *       },
                     *       {
                     *         "id": "ebba8ef2-da92-4307-ab78-46efda2de589",
                     *         "amount": {
                     *           "amount": 335.34,
                     *           "currency": "AED"
                     *         },
                     *         "timestamp": "2026-11-21T09:30:00.000Z",
                     *         "description": "Jarir purchase",
                     *         "credit_debit_indicator": "DEBIT",
                     *         "booking_status": "PENDING"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Transaction"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIdentity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Identity */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "full_name": "Yousef Al Shamsi",
                     *       "email": "yousef.al.shamsi@example.com",
                     *       "mobile_number": "+971561048603",
                     *       "national_identity_number": "784420356271738",
                     *       "address": "Dubai, United Arab Emirates"
                     *     }
                     */
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataRefreshes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refreshes */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "refresh_id": "d15f1f41-b64f-4979-865b-a9f4d768b140",
                     *         "entity_id": "6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c",
                     *         "status": "IN_PROGRESS",
                     *         "created_at": "2026-11-21T09:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Refresh"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    triggerDataRefresh: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
                /** @description 1–255 visible ASCII characters. Retrying with the same key never repeats the operation.  Idempotency: optional. With an `Idempotency-Key`, a repeat returns the stored answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refresh triggered */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "refresh_id": "d15f1f41-b64f-4979-865b-a9f4d768b140",
                     *       "entity_id": "6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c",
                     *       "status": "IN_PROGRESS",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Refresh"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same idempotency key is still in flight; retry after Retry-After */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataRefreshStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.
                 * @example 6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c
                 */
                entity_id?: string;
            };
            path: {
                /** @description Refresh id */
                refresh_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refresh status */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "refresh_id": "d15f1f41-b64f-4979-865b-a9f4d768b140",
                     *       "entity_id": "6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c",
                     *       "status": "IN_PROGRESS",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Refresh"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description `next_cursor` of the previous page; omitted: from the first event */
                after?: string;
                /** @description Page size, 1–100 (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A page of events, oldest first */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            /** Format: date-time */
                            created_at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description Also the webhook-id of its delivery */
                            id: string;
                            /** @description payout.status_changed, payout.tracking_stopped, destination.status_changed, destination.ready, entity.created, entity.updated, data.refresh.updated, data.results_ready */
                            type: string;
                        }[];
                        /** @description Pass as `after` to continue; stays put when there is nothing new */
                        next_cursor: string;
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store, the rate-limit counters (money routes) or the identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Alive */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each Lean application's mTLS client certificate (by client id): when it expires */
                        leanCertificates?: {
                            [key: string]: {
                                /** Format: date-time */
                                notAfter: string;
                                /** @description Negative once expired */
                                secondsLeft: number;
                                subject: string;
                            };
                        };
                        /** @description Lean applications (by client id) whose circuit breaker is not closed */
                        leanCircuits?: {
                            [key: string]: "open" | "half-open";
                        };
                        rateLimits?: string;
                        rateLimitsUp?: boolean;
                        status: string;
                        store?: string;
                    };
                };
            };
        };
    };
    listLinkEntities: {
        parameters: {
            query?: {
                /** @description Reconcile with Lean's list of the customer's entities first (one Lean call) */
                refresh?: boolean;
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The user's connected banks, newest first */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bank_identifier: string | null;
                        created_at: string;
                        entity_id: string;
                    }[];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disconnectLinkEntity: {
        parameters: {
            query?: {
                user?: string;
            };
            header?: never;
            path: {
                /** @description The entity to disconnect */
                entity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Disconnected at Lean and forgotten */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        disconnected: boolean;
                        entity_id: string;
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLinkSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    user?: string;
                };
            };
        };
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description What LinkSDK's connect() takes */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customer_id": "3f6b1c2e-8a4d-4e7f-9b1a-2c5d8e0f7a31",
                     *       "app_token": "demo-client",
                     *       "access_token": "eyJhbGciOi…",
                     *       "token_type": "Bearer",
                     *       "expires_in": 3599
                     *     }
                     */
                    "application/json": {
                        /** @description Customer-scoped Lean token for LinkSDK only; it opens no Lean API */
                        access_token: string;
                        /** @description Lean's application id (the tenant's lean.clientId), as LinkSDK's connect() takes it */
                        app_token: string;
                        /** @description The user's Lean customer */
                        customer_id: string;
                        /** @description Seconds of life left: at least 600 */
                        expires_in: number;
                        /** @enum {string} */
                        token_type: "Bearer";
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tenant has no lean.appUserIdPrefix or no OAuth credentials (`not-configured`), or the Lean customer is held by another tenant or user (`conflict`) */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPaymentIntent: {
        parameters: {
            query?: never;
            header: {
                /** @description 1–255 visible ASCII characters. Retrying with the same key never repeats the operation. Idempotency: required. The same key with the same body returns the stored answer (`Idempotent-Replayed: true`); with another body it is 422; while the first is running it is 409 with `Retry-After`. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 120.5,
                 *       "currency": "AED",
                 *       "description": "Order 1001",
                 *       "user": "alice"
                 *     }
                 */
                "application/json": {
                    /** @description What the customer pays, in `currency` */
                    amount: number;
                    /** @description ISO 4217, e.g. AED or SAR */
                    currency: string;
                    /**
                     * Format: uuid
                     * @description API-key callers: a Lean customer the gateway holds for this tenant, instead of `user`
                     */
                    customer_id?: string;
                    /** @description The bank's reference for the payment (Lean's default: the intent id) */
                    description?: string;
                    /**
                     * Format: uuid
                     * @description One of the tenant's lean.payinDestinations; none: Lean's default destination
                     */
                    payment_destination_id?: string;
                    /** @description Lean's payment purpose code (GDS, RNT, FIS, …) */
                    purpose_code?: string;
                    /** @description API-key callers: the app user who pays (its Lean customer is found or created as for Link). JWT callers pay as themselves. */
                    user?: string;
                };
            };
        };
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payment intent created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        currency: string;
                        customer_id: string;
                        description?: string;
                        payment_destination?: {
                            [key: string]: unknown;
                        };
                        payment_intent_id: string;
                        /** @description The payment made against the intent, once the customer paid with LinkSDK */
                        payments: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same idempotency key is still in flight; retry after Retry-After */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPaymentIntent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pay-in's payment_intent_id */
                intent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payment intent */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        amount: number;
                        currency: string;
                        customer_id: string;
                        description?: string;
                        payment_destination?: {
                            [key: string]: unknown;
                        };
                        payment_intent_id: string;
                        /** @description The payment made against the intent, once the customer paid with LinkSDK */
                        payments: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payout id */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payout */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fefb5fcf-992c-4dd8-b098-ee9bfd244818",
                     *       "payment_intent_id": "aaa951ca-3171-48d4-8605-3ed18814d873",
                     *       "status": "PENDING",
                     *       "amount": 250.75,
                     *       "currency": "AED",
                     *       "destination_id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *       "description": "Supplier invoice 1001",
                     *       "reference": "INV-1001",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayoutIntent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payout intent id */
                payment_intent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payout intent */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "aaa951ca-3171-48d4-8605-3ed18814d873",
                     *       "payment_ids": [
                     *         "fefb5fcf-992c-4dd8-b098-ee9bfd244818"
                     *       ],
                     *       "amount": 250.75,
                     *       "currency": "AED",
                     *       "destination_id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *       "status": "PENDING",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PayoutIntent"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPayoutPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–255 visible ASCII characters. Retrying with the same key never repeats the operation. Required, unless the body carries `idempotency_key`. Idempotency: required. The same key with the same body returns the stored answer (`Idempotent-Replayed: true`); with another body it is 422; while the first is running it is 409 with `Retry-After`. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutRequest"];
            };
        };
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payout created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "fefb5fcf-992c-4dd8-b098-ee9bfd244818",
                     *       "payment_intent_id": "aaa951ca-3171-48d4-8605-3ed18814d873",
                     *       "status": "PENDING",
                     *       "amount": 250.75,
                     *       "currency": "AED",
                     *       "destination_id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *       "description": "Supplier invoice 1001",
                     *       "reference": "INV-1001",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Payout"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same idempotency key is still in flight; retry after Retry-After */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayoutDestinations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Destinations */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "beneficiary_name": "Omar Haddad",
                     *         "iban": "AE070331234567890123456",
                     *         "country": "AE",
                     *         "currency": "AED",
                     *         "id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *         "status": "ACTIVE",
                     *         "created_at": "2026-11-21T09:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Destination"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPayoutDestination: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1–255 visible ASCII characters. Retrying with the same key never repeats the operation.  Idempotency: optional. With an `Idempotency-Key`, a repeat returns the stored answer instead of acting twice. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutDestinationRequest"];
            };
        };
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Destination created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiary_name": "Omar Haddad",
                     *       "iban": "AE070331234567890123456",
                     *       "country": "AE",
                     *       "currency": "AED",
                     *       "id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *       "status": "ACTIVE",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Destination"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The same idempotency key is still in flight; retry after Retry-After */
            409: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Idempotency key reused with a different request */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayoutDestination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Destination id */
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Destination */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "beneficiary_name": "Omar Haddad",
                     *       "iban": "AE070331234567890123456",
                     *       "country": "AE",
                     *       "currency": "AED",
                     *       "id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *       "status": "ACTIVE",
                     *       "created_at": "2026-11-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Destination"];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayouts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payouts */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "fefb5fcf-992c-4dd8-b098-ee9bfd244818",
                     *         "payment_intent_id": "aaa951ca-3171-48d4-8605-3ed18814d873",
                     *         "status": "PENDING",
                     *         "amount": 250.75,
                     *         "currency": "AED",
                     *         "destination_id": "c986db58-a81a-4ad4-b0a3-749741e3f3b0",
                     *         "description": "Supplier invoice 1001",
                     *         "reference": "INV-1001",
                     *         "created_at": "2026-11-21T09:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Payout"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayoutPaymentHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Payout id */
                payment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description History */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "status": "PENDING",
                     *         "timestamp": "2026-11-21T09:30:00.000Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PayoutStatusChange"][];
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Ready: the store answers; rate-limit counters and Lean circuits reported */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each Lean application's mTLS client certificate (by client id): when it expires */
                        leanCertificates?: {
                            [key: string]: {
                                /** Format: date-time */
                                notAfter: string;
                                /** @description Negative once expired */
                                secondsLeft: number;
                                subject: string;
                            };
                        };
                        /** @description Lean applications (by client id) whose circuit breaker is not closed */
                        leanCircuits?: {
                            [key: string]: "open" | "half-open";
                        };
                        rateLimits?: string;
                        rateLimitsUp?: boolean;
                        status: string;
                        store?: string;
                    };
                };
            };
            /** @description Not ready: shutting down (draining) or the store is unreachable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Each Lean application's mTLS client certificate (by client id): when it expires */
                        leanCertificates?: {
                            [key: string]: {
                                /** Format: date-time */
                                notAfter: string;
                                /** @description Negative once expired */
                                secondsLeft: number;
                                subject: string;
                            };
                        };
                        /** @description Lean applications (by client id) whose circuit breaker is not closed */
                        leanCircuits?: {
                            [key: string]: "open" | "half-open";
                        };
                        rateLimits?: string;
                        rateLimitsUp?: boolean;
                        status: string;
                        store?: string;
                    };
                };
            };
        };
    };
    verifyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "iban": "AE070331234567890123456",
                 *       "name": "Omar Haddad"
                 *     }
                 */
                "application/json": {
                    /** @description ISO 3166 alpha-2; the IBAN says it otherwise */
                    country?: string;
                    /** @description The account, as an IBAN without spaces */
                    iban: string;
                    /** @description The holder's full name, as the customer gave it */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Lean refused the request: the same status, Lean's message in `detail` and its code in `leanStatus`; or the request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's verdict */
            200: {
                headers: {
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The holder's name as Lean shows it (masked) */
                        account_holder_name?: string;
                        /** @description true: the name matches the holder */
                        account_ownership_verified?: boolean;
                        /** @description `partial` when not verified but similar (score 0.7 or more) */
                        matching?: string;
                        score?: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid path, query, header or body */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing scope, or the entity is not the caller's */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown route, not found at Lean, or another tenant's object */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited: the caller's limit, or too many failed authentications from this address; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["XRateLimitReset"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean failed, could not be reached, refused the gateway's credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`) */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean's circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Lean did not answer within the tenant's timeoutMs */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveLeanWebhook: {
        parameters: {
            query?: never;
            header?: {
                "lean-signature"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408) */
            "4XX": {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Stored with its effects, or a redelivery of one already stored */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicate: boolean;
                        received: boolean;
                    };
                };
            };
            /** @description Not a Lean event */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or wrong signature, or no secret for this client */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The store is unavailable: nothing was recorded, Lean will redeliver */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
