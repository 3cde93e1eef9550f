/**
 * Generated from openapi/openapi.lean.json by `npm run client` (openapi-typescript). Do not edit.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
         */
        get: operations["getDataRefreshes"];
        put?: never;
        /**
         * Trigger a manual data refresh
         * @description Asks Lean to fetch the entity's data from the bank again. Honours an Idempotency-Key.
         *
         *     Scope: `data:refresh`.
         *
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
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
    "/data/v2/results/{results_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results of a pending data call
         * @description The answer to a Data call that Lean answered `PENDING` (with a `results_id`), once it is ready.
         *
         *     Scope: `data:read`.
         *
         *     Entity: with an API key, send the customer's `entity_id` (a UUID) as a query parameter, as Lean's own clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token's entity claim, and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.
         *
         *     Where tenants share a Lean client, each sees only its own objects: others' are 404, and lists leave them out.
         */
        get: operations["getDataResults"];
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
         * @description Sends money from a corporate account to one or more destinations (`payment_details`). Requires an Idempotency-Key header: a retry with the same key and body returns the first answer.
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
         * LeanAccount
         * @description A bank account (Open Banking shape)
         */
        LeanAccount: {
            /** @description Identifications: IBAN, BBAN, … */
            account?: ({
                identification?: string | null;
                name?: string | null;
                scheme_name?: string | null;
            } & {
                [key: string]: unknown;
            })[];
            account_holder_name?: string | null;
            account_holder_short_name?: string | null;
            account_id?: string;
            account_sub_type?: string | null;
            account_type?: string | null;
            currency?: string | null;
            description?: string | null;
            entity_id?: string;
            maturity_date?: string | null;
            nickname?: string | null;
            opening_date?: string | null;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            servicer?: {
                identification?: string | null;
                name?: string | null;
                scheme_name?: string | null;
            } & {
                [key: string]: unknown;
            };
            status?: string | null;
            /** Format: date-time */
            status_update_date_time?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanAccounts
         * @description Accounts, paged
         */
        LeanAccounts: {
            data?: {
                account_id?: string | null;
                accounts?: components["schemas"]["LeanAccount"][];
                page?: components["schemas"]["LeanPage"];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanBalance
         * @description One balance of an account
         */
        LeanBalance: {
            account_id?: string;
            amount?: components["schemas"]["Amount"];
            credit_debit_indicator?: string | null;
            credit_line?: {
                [key: string]: unknown;
            }[];
            /** Format: date-time */
            date_time?: string | null;
            entity_id?: string;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanBalances
         * @description Balances, paged
         */
        LeanBalances: {
            data?: {
                account_id?: string | null;
                balances?: components["schemas"]["LeanBalance"][];
                page?: components["schemas"]["LeanPage"];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanBeneficiaries
         * @description Beneficiaries, paged
         */
        LeanBeneficiaries: {
            data?: {
                account_id?: string | null;
                beneficiaries?: components["schemas"]["LeanBeneficiary"][];
                page?: components["schemas"]["LeanPage"];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanBeneficiary
         * @description A payee saved on the account
         */
        LeanBeneficiary: {
            account_id?: string;
            beneficiary_id?: string;
            name?: string | null;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            status?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanDestination
         * @description A payout destination
         */
        LeanDestination: {
            account_number?: string | null;
            bank_identifier?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            destination_id?: string;
            display_name?: string | null;
            iban?: string | null;
            id?: string;
            name?: string | null;
            status?: string | null;
        } & {
            [key: string]: unknown;
        };
        LeanDestinationRequest: ({
            account_number?: string;
            address?: string;
            bank_identifier?: string;
            branch_address?: string;
            city?: string;
            country?: string;
            currency_iso_code?: string;
            customer_id?: string;
            display_name?: string;
            /** @description The beneficiary's e-mail address */
            email?: string;
            emirate?: string;
            iban?: string;
            ifsc?: string;
            name: string;
            /** @description The beneficiary's phone number */
            phone_number?: string;
            postal_code?: string;
            routing_code?: string;
            /** @description Bank routing number */
            routing_number?: string;
            short_name?: string;
            sort_code?: string;
            swift_code?: string;
            /** @description Reference sent with transfers to this destination */
            transfer_reference?: string;
            transit_code?: string;
        } | unknown | unknown)[];
        /**
         * LeanDestinations
         * @description The destinations: a list, or a page of them
         */
        LeanDestinations: components["schemas"]["LeanDestination"][] | ({
            content?: components["schemas"]["LeanDestination"][];
            page?: components["schemas"]["LeanPage"];
        } & {
            [key: string]: unknown;
        });
        /**
         * LeanDestinationsCreated
         * @description One entry per destination sent, in order
         */
        LeanDestinationsCreated: ({
            account_number?: string | null;
            add_beneficiary_task_id?: string | null;
            bank_identifier?: string | null;
            destination_id?: string;
            display_name?: string | null;
            iban?: string | null;
            status?: string | null;
        } & {
            [key: string]: unknown;
        })[];
        /**
         * LeanDirectDebit
         * @description A direct debit mandate
         */
        LeanDirectDebit: {
            account_id?: string;
            direct_debit_id?: string;
            name?: string | null;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            status?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanDirectDebits
         * @description Direct debits, paged
         */
        LeanDirectDebits: {
            data?: {
                account_id?: string | null;
                direct_debits?: components["schemas"]["LeanDirectDebit"][];
                page?: components["schemas"]["LeanPage"];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanIdentities
         * @description Identities, paged
         */
        LeanIdentities: {
            data?: {
                account_id?: string | null;
                identities?: components["schemas"]["LeanIdentity"][];
                page?: components["schemas"]["LeanPage"];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanIdentity
         * @description The account holder as the bank knows them
         */
        LeanIdentity: {
            /** @description Text, or an address object, as the bank gives it */
            address?: unknown;
            birth_date?: string | null;
            email_address?: string | null;
            entity_id?: string;
            full_legal_name?: string | null;
            gender?: string | null;
            mobile_number?: string | null;
            name?: string | null;
            national_id?: string | null;
            phone?: string | null;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanPage
         * @description Lean's page of a list
         */
        LeanPage: {
            number?: number;
            size?: number;
            /** @description Passed through as Lean sends it */
            sort?: unknown;
            total_elements?: number;
            total_pages?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanPayment
         * @description A payment (a payout) and its status at the bank
         */
        LeanPayment: {
            amount?: number;
            bank_transaction_reference?: string | null;
            currency?: string;
            description?: string | null;
            /** @description Passed through as Lean sends it */
            granular_status_code?: unknown;
            id?: string;
            /** Format: date-time */
            initiation_timestamp?: string | null;
            payment_intent_id?: string;
            payment_source_id?: string | null;
            post_initiation_status?: string | null;
            recipient_details?: {
                account_number?: string | null;
                iban?: string | null;
                name?: string | null;
            } & {
                [key: string]: unknown;
            };
            sender_details?: {
                account_number?: string | null;
                iban?: string | null;
                name?: string | null;
            } & {
                [key: string]: unknown;
            };
            /** @description CREATED, PENDING_WITH_BANK, ACCEPTED_BY_BANK, FAILED, … */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_additional_details?: unknown;
            /** Format: date-time */
            submission_timestamp?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanPaymentHistory
         * @description A payment's events, paged
         */
        LeanPaymentHistory: {
            content?: ({
                events?: ({
                    event?: string;
                    post_initiation_status?: string | null;
                    /** Format: date-time */
                    published_at?: string | null;
                    status?: string | null;
                } & {
                    [key: string]: unknown;
                })[];
                payment_id?: string;
            } & {
                [key: string]: unknown;
            })[];
            page?: components["schemas"]["LeanPage"];
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanPaymentIntent
         * @description A payment intent, with its payment once there is one
         */
        LeanPaymentIntent: {
            amount?: number;
            currency?: string;
            customer_id?: string | null;
            description?: string | null;
            external_reference?: string | null;
            payment?: components["schemas"]["LeanPayment"] | null;
            /** @description Passed through as Lean sends it */
            payment_destination?: unknown;
            payment_intent_id?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanPayments
         * @description Payments, paged
         */
        LeanPayments: {
            content?: ({
                amount?: number;
                auto_authorized?: boolean;
                bank_transaction_reference?: string | null;
                /** Format: date-time */
                created_at?: string | null;
                currency?: string;
                description?: string | null;
                payment_intent_id?: string;
                pending_manual_authorization?: boolean;
                post_initiation_status?: string | null;
                recipient_bank_name?: string | null;
                recipient_iban?: string | null;
                recipient_name?: string | null;
                status?: string | null;
                /** Format: date-time */
                updated_at?: string | null;
            } & {
                [key: string]: unknown;
            })[];
            page?: components["schemas"]["LeanPage"];
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanPayoutCreated
         * @description One payment intent per destination line
         */
        LeanPayoutCreated: {
            end_user_id?: string | null;
            payouts_payment_details?: ({
                account_number?: string | null;
                bank_identifier?: string | null;
                destination_details?: {
                    amount?: number;
                    currency?: string;
                    destination_id?: string;
                    error_message?: string | null;
                    payment_status?: string | null;
                    recipient_details?: {
                        account_number?: string | null;
                        iban?: string | null;
                        name?: string | null;
                    } & {
                        [key: string]: unknown;
                    };
                } & {
                    [key: string]: unknown;
                };
                iban?: string | null;
                initiate_payment_task_id?: string | null;
                payment_intent_id?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        LeanPayoutRequest: {
            payment_details: {
                /**
                 * Format: uuid
                 * @description The corporate account the money leaves
                 */
                account_id: string;
                /** @description ISO 4217 code, e.g. AED or SAR */
                currency: string;
                destination_details: {
                    /** @description Major units, no more decimals than the currency's minor unit */
                    amount: number;
                    /** @description true: authorized at once; false (Lean's default): manual authorization */
                    authorize_payment?: boolean;
                    description?: string;
                    /**
                     * Format: uuid
                     * @description A destination created by this tenant
                     */
                    payment_destination_id: string;
                }[];
            }[];
        };
        /**
         * LeanRefresh
         * @description A data refresh and its progress
         */
        LeanRefresh: {
            /** Format: date-time */
            created_at?: string | null;
            customer_id?: string | null;
            data_status?: {
                [key: string]: unknown;
            };
            entity_id?: string;
            refresh_id?: string;
            status?: string | null;
            /** Format: date-time */
            updated_at?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanRefreshes
         * @description Refreshes, paged
         */
        LeanRefreshes: {
            content?: components["schemas"]["LeanRefresh"][];
            page?: components["schemas"]["LeanPage"];
        } & {
            [key: string]: unknown;
        };
        LeanRefreshRequest: {
            /**
             * Format: uuid
             * @description The entity to refresh; with a JWT it must be the token's
             */
            entity_id?: string;
        };
        /**
         * LeanRefreshTriggered
         * @description A refresh accepted by Lean
         */
        LeanRefreshTriggered: {
            message?: string | null;
            refresh_id?: string;
            status?: string | null;
            /** Format: date-time */
            timestamp?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanResults
         * @description The answer of an earlier data call, by its results_id
         */
        LeanResults: {
            data?: {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            results_id?: string;
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanScheduledPayment
         * @description A future-dated payment
         */
        LeanScheduledPayment: {
            account_id?: string;
            name?: string | null;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            scheduled_payment_id?: string;
            status?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanScheduledPayments
         * @description Scheduled payments, paged
         */
        LeanScheduledPayments: {
            data?: {
                account_id?: string | null;
                page?: components["schemas"]["LeanPage"];
                scheduled_payments?: components["schemas"]["LeanScheduledPayment"][];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanStandingOrder
         * @description A recurring payment
         */
        LeanStandingOrder: {
            account_id?: string;
            name?: string | null;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            standing_order_id?: string;
            status?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanStandingOrders
         * @description Standing orders, paged
         */
        LeanStandingOrders: {
            data?: {
                account_id?: string | null;
                page?: components["schemas"]["LeanPage"];
                standing_orders?: components["schemas"]["LeanStandingOrder"][];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanTransaction
         * @description One transaction of an account
         */
        LeanTransaction: {
            account_id?: string;
            amount?: components["schemas"]["Amount"];
            /** @description Passed through as Lean sends it */
            balance?: unknown;
            /** Format: date-time */
            booking_date_time?: string | null;
            /** @enum {string} */
            credit_debit_indicator?: "CREDIT" | "DEBIT";
            entity_id?: string;
            /** @description Passed through as Lean sends it */
            insights?: unknown;
            /** @description Passed through as Lean sends it */
            regional_data?: unknown;
            status?: string | null;
            transaction_id?: string;
            transaction_information?: string | null;
            transaction_mutability?: string | null;
            transaction_reference?: string | null;
            /** Format: date-time */
            value_date_time?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * LeanTransactions
         * @description Transactions, paged
         */
        LeanTransactions: {
            data?: {
                account_id?: string | null;
                page?: components["schemas"]["LeanPage"];
                transactions?: components["schemas"]["LeanTransaction"][];
                type?: string | null;
            } & {
                [key: string]: unknown;
            };
            message?: string | null;
            /** @description Passed through as Lean sends it */
            meta?: unknown;
            /** Format: date-time */
            refreshed_at?: string | null;
            results_id?: string;
            /** @description OK, or PENDING (fetch it later by results_id) */
            status?: string;
            /** @description Passed through as Lean sends it */
            status_detail?: unknown;
            /** Format: date-time */
            timestamp?: string | null;
            type?: string | null;
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
            /** @description List accounts */
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
                     *       "status": "OK",
                     *       "results_id": "2ab8c57a-011b-418f-9419-968155e600dd",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-13T19:42:30.487549603Z",
                     *       "status_detail": null,
                     *       "refreshed_at": "2026-05-13T19:39:18.748Z",
                     *       "type": "accounts",
                     *       "data": {
                     *         "type": "accounts",
                     *         "accounts": [
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "account_id": "fe672591-bc88-4cec-96e7-9101bde496ce",
                     *             "account_holder_name": "Angelika Art Jacobs",
                     *             "account_holder_short_name": "Angelika Jacobs",
                     *             "status": "ENABLED",
                     *             "status_update_date_time": "2026-01-20T08:33:49.386Z",
                     *             "currency": "AED",
                     *             "account_type": "PERSONAL",
                     *             "account_sub_type": "CURRENT",
                     *             "nickname": "CURRENT_ACCOUNT Account",
                     *             "description": "Angelika Jacobs CURRENT_ACCOUNT Account",
                     *             "opening_date": "2026-01-20",
                     *             "maturity_date": null,
                     *             "account": [
                     *               {
                     *                 "scheme_name": "IBAN",
                     *                 "identification": "AE270200712989310470056",
                     *                 "name": "Angelika Jacobs CURRENT_ACCOUNT Account"
                     *               },
                     *               {
                     *                 "scheme_name": "BBAN",
                     *                 "identification": "712989310470056",
                     *                 "name": "Angelika Jacobs CURRENT_ACCOUNT Account"
                     *               }
                     *             ],
                     *             "servicer": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "Lean Mockbank"
                     *             },
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "account_id": "ccbd9d41-7ba3-45bf-bdaf-9e64f354a8ae",
                     *             "account_holder_name": "Angelika Art Jacobs",
                     *             "account_holder_short_name": "Angelika Jacobs",
                     *             "status": "ENABLED",
                     *             "status_update_date_time": "2026-01-20T08:33:49.945Z",
                     *             "currency": "AED",
                     *             "account_type": "PERSONAL",
                     *             "account_sub_type": "SAVINGS",
                     *             "nickname": "SAVINGS Account",
                     *             "description": "Angelika Jacobs SAVINGS Account",
                     *             "opening_date": "2026-01-20",
                     *             "maturity_date": null,
                     *             "account": [
                     *               {
                     *                 "scheme_name": "IBAN",
                     *                 "identification": "AE840029541050772558853",
                     *                 "name": "Angelika Jacobs SAVINGS Account"
                     *               },
                     *               {
                     *                 "scheme_name": "BBAN",
                     *                 "identification": "541050772558853",
                     *                 "name": "Angelika Jacobs SAVINGS Account"
                     *               }
                     *             ],
                     *             "servicer": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "Lean Mockbank"
                     *             },
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 9,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanAccounts"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     *       "status": "OK",
                     *       "results_id": "3430a2bc-dc55-4e85-9b20-91e1ec1d251f",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-13T19:43:00.816566002Z",
                     *       "status_detail": null,
                     *       "refreshed_at": "2026-05-13T19:39:19.75Z",
                     *       "type": "balances",
                     *       "data": {
                     *         "type": "balances",
                     *         "balances": [
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "account_id": "fe672591-bc88-4cec-96e7-9101bde496ce",
                     *             "credit_debit_indicator": "CREDIT",
                     *             "type": "CLOSING_AVAILABLE",
                     *             "amount": {
                     *               "currency": "AED",
                     *               "amount": 112429.73
                     *             },
                     *             "date_time": "2026-01-20T08:33:49.397Z",
                     *             "credit_line": [
                     *               {
                     *                 "included": true,
                     *                 "amount": {
                     *                   "currency": "AED",
                     *                   "amount": 218.31
                     *                 },
                     *                 "type": "AVAILABLE"
                     *               }
                     *             ],
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "account_id": "fe672591-bc88-4cec-96e7-9101bde496ce",
                     *             "credit_debit_indicator": "CREDIT",
                     *             "type": "CLOSING_BOOKED",
                     *             "amount": {
                     *               "currency": "AED",
                     *               "amount": 112513.06
                     *             },
                     *             "date_time": "2026-01-20T08:33:49.398Z",
                     *             "credit_line": [
                     *               {
                     *                 "included": true,
                     *                 "amount": {
                     *                   "currency": "AED",
                     *                   "amount": 639.96
                     *                 },
                     *                 "type": "TEMPORARY"
                     *               }
                     *             ],
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 13,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanBalances"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     * @example {
                     *       "status": "OK",
                     *       "results_id": "46f3e6e6-b900-4517-9439-9fb3614caea9",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-10T12:40:08.52077612Z",
                     *       "status_detail": null,
                     *       "refreshed_at": "2026-05-10T12:32:56.96Z",
                     *       "type": "beneficiaries",
                     *       "data": {
                     *         "beneficiaries": [
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "account_holder_name": "Ahmed Mohammed Al-Saud",
                     *             "account_holder_short_name": "Ahmed Al-Saud",
                     *             "beneficiary_id": "196784",
                     *             "beneficiary_type": "OTHER",
                     *             "creditor_agent": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "KSAOB.SASABB",
                     *               "name": "The Saudi British Bank",
                     *               "postal_address": {
                     *                 "address_line": "P.O. Box 9084, Riyadh",
                     *                 "address_type": "BUSINESS",
                     *                 "building_number": "9084",
                     *                 "country": "Saudi Arabia",
                     *                 "department": null,
                     *                 "post_code": "11413",
                     *                 "street_name": null,
                     *                 "sub_department": null,
                     *                 "town_name": "Riyadh",
                     *                 "country_sub_division": null
                     *               }
                     *             },
                     *             "creditor_account": {
                     *               "scheme_name": "PAN",
                     *               "identification": "SA5008GC7NKG2J9JDX2A9DE7",
                     *               "name": "Mallie"
                     *             },
                     *             "reference": "KSA_OB_ACTIVATED",
                     *             "supplementary_data": null,
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "account_holder_name": null,
                     *             "account_holder_short_name": null,
                     *             "beneficiary_id": "196785",
                     *             "beneficiary_type": "OTHER",
                     *             "creditor_agent": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "KSAOB.SAINMA",
                     *               "name": "Alinma Bank",
                     *               "postal_address": {
                     *                 "address_line": "P.O. Box 66674, Riyadh",
                     *                 "address_type": "BUSINESS",
                     *                 "building_number": "66674",
                     *                 "country": "Saudi Arabia",
                     *                 "department": null,
                     *                 "post_code": "11586",
                     *                 "street_name": null,
                     *                 "sub_department": null,
                     *                 "town_name": "Riyadh",
                     *                 "country_sub_division": null
                     *               }
                     *             },
                     *             "creditor_account": {
                     *               "scheme_name": "IBAN",
                     *               "identification": "AE760185915983174738861",
                     *               "name": "Bobbi"
                     *             },
                     *             "reference": "KSA_OB_NOT_ACTIVATED",
                     *             "supplementary_data": null,
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 2,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         },
                     *         "type": "beneficiaries"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanBeneficiaries"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     * @example {
                     *       "status": "OK",
                     *       "results_id": "a7c2c2eb-ea41-462f-9d0d-93d3e8c58ae7",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-10T12:45:04.352878080Z",
                     *       "status_detail": null,
                     *       "data": {
                     *         "direct_debits": [
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "direct_debit_id": "289616fc-c3ae-4647-a446-ffb7792ace1e",
                     *             "status_code": "ACTIVE",
                     *             "frequency": "MONTHLY",
                     *             "mandate_identification": "lzzEftQmOiW",
                     *             "name": "Melda Schumm",
                     *             "previous_payment_date_time": "2022-01-20T00:00:00Z",
                     *             "previous_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 136.13
                     *             },
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "direct_debit_id": "7cf7c25e-d1ce-4ff4-b9ef-6b31e66ebf3b",
                     *             "status_code": "INACTIVE",
                     *             "frequency": "HALF_YEARLY",
                     *             "mandate_identification": "cZGUCuYX",
                     *             "name": "Trey McLaughlin DDS",
                     *             "previous_payment_date_time": "2024-01-29T00:00:00Z",
                     *             "previous_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 351.81
                     *             },
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 2,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         },
                     *         "type": "direct-debits"
                     *       },
                     *       "type": "direct-debits",
                     *       "refreshed_at": "2026-05-10T12:32:56.757Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanDirectDebits"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     * @example {
                     *       "status": "OK",
                     *       "results_id": "9221f8c9-e20e-4984-88fb-1692ad4fb31c",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-10T12:42:20.478997726Z",
                     *       "status_detail": null,
                     *       "data": {
                     *         "account_id": null,
                     *         "identities": [
                     *           {
                     *             "entity_id": "a5b20a61-157a-400e-8588-738523ba6431",
                     *             "full_legal_name": "Mae Darlene Zulauf Hilton Darlene Zulauf",
                     *             "name": "Mae Darlene Zulauf",
                     *             "phone": "664344234554",
                     *             "email_address": "yvone.jacobson@hotmail.com",
                     *             "legal_structure": null,
                     *             "mobile_number": "664344234554",
                     *             "address": {
                     *               "address_type": null,
                     *               "building_type": null,
                     *               "apartment_or_villa_number": null,
                     *               "building_name": null,
                     *               "street": null,
                     *               "area": null,
                     *               "town_name": "East Marjorie",
                     *               "region": "Michigan",
                     *               "country": "Tanzania",
                     *               "post_code": "07647-8395",
                     *               "po_box": null,
                     *               "street_address": "Wunsch Expressway",
                     *               "address_line": "Wunsch Expressway"
                     *             },
                     *             "national_id": null,
                     *             "birth_date": "2023-08-17",
                     *             "gender": "F",
                     *             "account_role": "POWER_OF_ATTORNEY",
                     *             "party_type": "JOINT",
                     *             "party_id": "113619",
                     *             "party_number": "VtSsDPEHNGb",
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "entity_id": "a5b20a61-157a-400e-8588-738523ba6431",
                     *             "full_legal_name": "cS Hsiu",
                     *             "name": "cS",
                     *             "phone": "340955344146",
                     *             "email_address": "tara.greenholt@gmail.com",
                     *             "legal_structure": null,
                     *             "mobile_number": "340955344146",
                     *             "address": {
                     *               "address_type": null,
                     *               "building_type": null,
                     *               "apartment_or_villa_number": null,
                     *               "building_name": null,
                     *               "street": null,
                     *               "area": null,
                     *               "town_name": "Farrellville",
                     *               "region": "South Carolina",
                     *               "country": "Northern Mariana Islands",
                     *               "post_code": "09516",
                     *               "po_box": null,
                     *               "street_address": "Basilia Stream",
                     *               "address_line": "Basilia Stream"
                     *             },
                     *             "national_id": null,
                     *             "birth_date": "2029-09-09",
                     *             "gender": "",
                     *             "account_role": "BENEFICIARY",
                     *             "party_type": "JOINT",
                     *             "party_id": "113620",
                     *             "party_number": "ebZsSPXqMI",
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 2,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         },
                     *         "type": "identities"
                     *       },
                     *       "type": "identities",
                     *       "refreshed_at": "2026-05-10T12:32:57.947Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanIdentities"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     * @example {
                     *       "status": "OK",
                     *       "results_id": "387e7a72-27e3-41bf-84a3-55c0551835cb",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-10T12:45:55.712887222Z",
                     *       "status_detail": null,
                     *       "data": {
                     *         "scheduled_payments": [
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "scheduled_payment_id": "d676a003-2830-4a04-8c43-0083de3e7619",
                     *             "scheduled_type": "ARRIVAL",
                     *             "scheduled_payment_date_time": "2024-02-09T00:00:00Z",
                     *             "debtor_reference": "lzzEftQmOiW",
                     *             "reference": null,
                     *             "instructed_amount": {
                     *               "currency": "SAR",
                     *               "amount": 537.34
                     *             },
                     *             "creditor_agent": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "KSAOB.SAGULF"
                     *             },
                     *             "creditor_account": {
                     *               "scheme_name": "IBAN",
                     *               "identification": "SA3631901775285632919444",
                     *               "name": null
                     *             },
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "scheduled_payment_id": "181a5489-522b-4c4b-ac7a-9c2421b6bed1",
                     *             "scheduled_type": "EXECUTION",
                     *             "scheduled_payment_date_time": "2024-02-15T00:00:00Z",
                     *             "debtor_reference": "cZGUCuYX",
                     *             "reference": null,
                     *             "instructed_amount": {
                     *               "currency": "SAR",
                     *               "amount": 536.62
                     *             },
                     *             "creditor_agent": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "KSAOB.SAINMA"
                     *             },
                     *             "creditor_account": {
                     *               "scheme_name": "IBAN",
                     *               "identification": "SA3631901775285632919444",
                     *               "name": null
                     *             },
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 2,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         },
                     *         "type": "scheduled-payments"
                     *       },
                     *       "type": "scheduled-payments",
                     *       "refreshed_at": "2026-05-10T12:32:57.011Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanScheduledPayments"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     * @example {
                     *       "status": "OK",
                     *       "results_id": "323e327b-b706-4994-9d78-aa9d2756cd64",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-10T12:46:59.128606148Z",
                     *       "status_detail": null,
                     *       "data": {
                     *         "standing_orders": [
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "standing_order_id": "2435ce14-5169-45f5-a82b-1fdc33ef1851",
                     *             "standing_order_status_code": "ACTIVE",
                     *             "first_payment_date_time": "2022-02-05T08:13:48.155Z",
                     *             "last_payment_date_time": "2023-02-05T08:13:48.155Z",
                     *             "next_payment_date_time": "2025-02-04T08:13:48.155Z",
                     *             "final_payment_date_time": "2026-02-04T08:13:48.155Z",
                     *             "frequency": {
                     *               "frequency_type": "OTHER",
                     *               "interval": "IntervalDay:5"
                     *             },
                     *             "number_of_payments": 36,
                     *             "reference": null,
                     *             "standing_order_type": "LOCAL_BANK_TRANSFER",
                     *             "purpose": "lzzEftQmOiW",
                     *             "first_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "last_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "next_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "final_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "creditor_agent": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "KSAOB.SAGULF"
                     *             },
                     *             "creditor_account": null,
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "account_id": "25e9aae3-58d4-4073-b882-18614afe1197",
                     *             "standing_order_id": "06a30961-bdc9-47e8-9413-c2cf430b5e11",
                     *             "standing_order_status_code": "INACTIVE",
                     *             "first_payment_date_time": "2022-02-05T08:13:48.157Z",
                     *             "last_payment_date_time": "2023-02-05T08:13:48.157Z",
                     *             "next_payment_date_time": "2025-02-04T08:13:48.157Z",
                     *             "final_payment_date_time": "2026-02-04T08:13:48.157Z",
                     *             "frequency": {
                     *               "frequency_type": "OTHER",
                     *               "interval": "EveryWorkingDay"
                     *             },
                     *             "number_of_payments": 42,
                     *             "reference": null,
                     *             "standing_order_type": "CHARITY",
                     *             "purpose": "cZGUCuYX",
                     *             "first_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "last_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "next_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "final_payment_amount": {
                     *               "currency": "SAR",
                     *               "amount": 10
                     *             },
                     *             "creditor_agent": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "KSAOB.SAGULF"
                     *             },
                     *             "creditor_account": null,
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 2,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         },
                     *         "type": "standing-orders"
                     *       },
                     *       "type": "standing-orders",
                     *       "refreshed_at": "2026-05-10T12:32:57.402Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanStandingOrders"];
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
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     * @example {
                     *       "status": "OK",
                     *       "results_id": "86101aad-b3c1-4645-8c0e-2796ad3249ab",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-13T19:42:46.700203293Z",
                     *       "status_detail": null,
                     *       "refreshed_at": "2026-05-13T19:39:20.378Z",
                     *       "type": "transactions",
                     *       "data": {
                     *         "type": "transactions",
                     *         "transactions": [
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "account_id": "fe672591-bc88-4cec-96e7-9101bde496ce",
                     *             "transaction_id": "e7323898-c6c8-4493-80b0-2db1a41b7470",
                     *             "transaction_information": "REVERSAL OF LATE PAYMENT FEE CREDIT ADJUSTMENT",
                     *             "transaction_reference": "xwDaCRZhiToSBJfqPf",
                     *             "credit_debit_indicator": "CREDIT",
                     *             "amount": {
                     *               "currency": "AED",
                     *               "amount": 439.85
                     *             },
                     *             "transaction_mutability": "IMMUTABLE",
                     *             "booking_date_time": "2025-09-02T00:00:00Z",
                     *             "insights": null,
                     *             "balance": {
                     *               "type": "PREVIOUSLY_CLOSED_BOOKED",
                     *               "credit_debit_indicator": "CREDIT",
                     *               "amount": {
                     *                 "currency": "AED",
                     *                 "amount": 439.85
                     *               }
                     *             },
                     *             "status": "BOOKED",
                     *             "statement_reference": [
                     *               "ylkGUBggIqFTgtkMzHKoqK"
                     *             ],
                     *             "value_date_time": "2025-09-02T00:00:00Z",
                     *             "index": 0,
                     *             "charge_amount": {
                     *               "amount": 0.69,
                     *               "currency": "AED",
                     *               "charge_included": false
                     *             },
                     *             "bank_transaction_code": {
                     *               "code": "TfFTlMQjLiyeWGEGBFGzwrD",
                     *               "sub_code": "FeshVXTzIDACHsJehgM"
                     *             },
                     *             "card_instrument": {
                     *               "authorization_type": "CONSUMER_DEVICE",
                     *               "card_scheme_name": "AMERICAN_EXPRESS",
                     *               "identification": "SEj",
                     *               "name": "ZUqvYdjKk"
                     *             },
                     *             "merchant_details": {
                     *               "merchant_category_code": "CC4458",
                     *               "merchant_name": "Emaar"
                     *             },
                     *             "proprietary_bank_transaction_code": {
                     *               "code": "aIlSWlMZfS",
                     *               "issuer": "SGYQHAJzoUlGBXVcEzcbpFNtnYwO"
                     *             },
                     *             "currency_exchange": null,
                     *             "creditor_account": null,
                     *             "creditor_agent": null,
                     *             "debtor_account": null,
                     *             "debtor_agent": null,
                     *             "local_time_zone": "UTC+00:00",
                     *             "transaction_type": "BILL_PAYMENTS",
                     *             "sub_transaction_type": "WITHDRAWAL_REVERSAL",
                     *             "payment_modes": null,
                     *             "flags": [],
                     *             "regional_data": null
                     *           },
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "account_id": "fe672591-bc88-4cec-96e7-9101bde496ce",
                     *             "transaction_id": "20ac09bd-f8dd-4176-bb0b-e01686401fae",
                     *             "transaction_information": "ALBERT HEIJN 1647 AMSTERDAM NLD",
                     *             "transaction_reference": "RqBqyUZkruNSKUKfrbWoYqTQuo",
                     *             "credit_debit_indicator": "DEBIT",
                     *             "amount": {
                     *               "currency": "AED",
                     *               "amount": 373.12
                     *             },
                     *             "transaction_mutability": "IMMUTABLE",
                     *             "booking_date_time": "2025-09-02T00:00:00Z",
                     *             "insights": null,
                     *             "balance": {
                     *               "type": "PREVIOUSLY_CLOSED_BOOKED",
                     *               "credit_debit_indicator": "DEBIT",
                     *               "amount": {
                     *                 "currency": "AED",
                     *                 "amount": 373.12
                     *               }
                     *             },
                     *             "status": "BOOKED",
                     *             "statement_reference": [
                     *               "rPKsw"
                     *             ],
                     *             "value_date_time": "2025-09-02T00:00:00Z",
                     *             "index": 1,
                     *             "charge_amount": {
                     *               "amount": 0.25,
                     *               "currency": "AED",
                     *               "charge_included": false
                     *             },
                     *             "bank_transaction_code": {
                     *               "code": "JqyvhDPGFXTiuY",
                     *               "sub_code": "euVGOYMXtMQMKCvF"
                     *             },
                     *             "card_instrument": {
                     *               "authorization_type": "CONSUMER_DEVICE",
                     *               "card_scheme_name": "VISA",
                     *               "identification": "EgagyEgFOerxXXGelfDCOzzDTi",
                     *               "name": "MJofNRgnJnDVOM"
                     *             },
                     *             "merchant_details": {
                     *               "merchant_category_code": "CC7483",
                     *               "merchant_name": "Etisalat"
                     *             },
                     *             "proprietary_bank_transaction_code": {
                     *               "code": "ZRMdZEThDAqrfxddZzOpqnzm",
                     *               "issuer": "VQydUytrJbECUOmvLgxliHUqdhm"
                     *             },
                     *             "currency_exchange": null,
                     *             "creditor_account": {
                     *               "name": "Angelika Jacobs CURRENT_ACCOUNT Account",
                     *               "scheme_name": "IBAN",
                     *               "identification": "AE270200712989310470056"
                     *             },
                     *             "creditor_agent": {
                     *               "scheme_name": null,
                     *               "identification": "HSBC",
                     *               "name": null,
                     *               "postal_address": null
                     *             },
                     *             "debtor_account": {
                     *               "name": "JuMVIxNPFnnryqDs",
                     *               "scheme_name": "ACCOUNT_NUMBER",
                     *               "identification": "ynNqucPpJnQNgWnbFdcYs"
                     *             },
                     *             "debtor_agent": {
                     *               "scheme_name": null,
                     *               "identification": "HSBC",
                     *               "name": null,
                     *               "postal_address": null
                     *             },
                     *             "local_time_zone": "UTC+00:00",
                     *             "transaction_type": "SAME_BANK_TRANSFER",
                     *             "sub_transaction_type": "WITHDRAWAL_REVERSAL",
                     *             "payment_modes": null,
                     *             "flags": [],
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 293,
                     *           "total_pages": 6,
                     *           "sort": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanTransactions"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                     *       "status": "OK",
                     *       "results_id": "431529eb-7687-42b6-abdb-3424aea317e7",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2026-05-13T19:46:27.076114752Z",
                     *       "status_detail": null,
                     *       "refreshed_at": "2026-05-13T19:39:16.98Z",
                     *       "type": "identities",
                     *       "data": {
                     *         "type": "identities",
                     *         "account_id": null,
                     *         "identities": [
                     *           {
                     *             "entity_id": "14eb95ba-2b9d-41cb-82fe-7b1b3079021e",
                     *             "full_legal_name": "Angelika Art Jacobs",
                     *             "name": "Angelika Art Jacobs",
                     *             "national_id": "rHQEQyrYtBZhZRFrwnEIJlxdJS",
                     *             "birth_date": "2016-01-22",
                     *             "gender": null,
                     *             "email_address": "lala.zboncak@yahoo.com",
                     *             "legal_structure": null,
                     *             "phone": "0116627329",
                     *             "mobile_number": "0116627329",
                     *             "address": {
                     *               "address_line": "1201, Sheikh Zayed Road, Dubai, UAE",
                     *               "address_type": "Business",
                     *               "building_type": null,
                     *               "apartment_or_villa_number": "101, 2",
                     *               "building_name": "burj khalifa",
                     *               "street": "Sheikh Zayed Road",
                     *               "area": "Sheikh Zayed Road",
                     *               "street_address": null,
                     *               "post_code": null,
                     *               "town_name": "arjan",
                     *               "region": "Dubai",
                     *               "po_box": "3779",
                     *               "country": "AE"
                     *             },
                     *             "account_role": null,
                     *             "party_type": "UNSUPPORTED",
                     *             "party_id": "53533",
                     *             "party_number": "iFrdYDegn",
                     *             "regional_data": null
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 1,
                     *           "total_pages": 1,
                     *           "sort": null
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanIdentities"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
            /** @description List data refreshes */
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
                     *       "content": [
                     *         {
                     *           "refresh_id": "a7226d2e-1400-41a4-8132-c6f3a58f3847",
                     *           "entity_id": "a5b20a61-157a-400e-8588-738523ba6431",
                     *           "customer_id": "a33a50fc-b29c-4c03-9cab-379280d7e500",
                     *           "status": "FINISHED",
                     *           "created_at": "2026-05-10T12:54:49.368Z",
                     *           "updated_at": "2026-05-10T12:54:57.815Z"
                     *         },
                     *         {
                     *           "refresh_id": "76f6fa6c-d9a4-49f4-8020-65efb56ca1e1",
                     *           "entity_id": "a5b20a61-157a-400e-8588-738523ba6431",
                     *           "customer_id": "a33a50fc-b29c-4c03-9cab-379280d7e500",
                     *           "status": "FINISHED",
                     *           "created_at": "2026-05-10T12:53:46.177Z",
                     *           "updated_at": "2026-05-10T12:53:57.009Z"
                     *         }
                     *       ],
                     *       "page": {
                     *         "number": 0,
                     *         "size": 50,
                     *         "total_elements": 3,
                     *         "total_pages": 1,
                     *         "sort": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanRefreshes"];
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
                "application/json": components["schemas"]["LeanRefreshRequest"];
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
            /** @description Trigger a manual data refresh */
            200: {
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
                     *       "refresh_id": "a7226d2e-1400-41a4-8132-c6f3a58f3847",
                     *       "status": "OK",
                     *       "message": "Data refresh triggered successfully",
                     *       "timestamp": "2026-05-10T12:54:49.398518658Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanRefreshTriggered"];
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
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
            /** @description Data refresh status */
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
                     *       "refresh_id": "721d6010-828f-4b30-9039-4c72ad6906a8",
                     *       "entity_id": "206b7203-d5ef-4790-a2de-9356e03795da",
                     *       "customer_id": "fb8310d0-365a-4d4f-be94-f9726ac8a8af",
                     *       "status": "FINISHED",
                     *       "data_status": {
                     *         "accounts": "OK",
                     *         "identity": "OK",
                     *         "account_data": [
                     *           {
                     *             "account_id": "b7daaae2-5342-4e88-be7a-d5e1aa896e61",
                     *             "balance": "OK",
                     *             "identity": "FAILED",
                     *             "transactions": "OK",
                     *             "scheduled_payments": "UNSUPPORTED",
                     *             "direct_debits": "OK",
                     *             "standing_orders": "FAILED",
                     *             "beneficiaries": "OK",
                     *             "transactionAvailability": {
                     *               "start": "2024-09-07",
                     *               "end": "2025-09-12"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "created_at": "2025-09-12T08:36:04.084Z",
                     *       "updated_at": "2025-09-12T08:36:11.151Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanRefresh"];
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
    getDataResults: {
        parameters: {
            query?: {
                /** @description true: answer PENDING at once with a results_id to fetch later */
                async?: boolean;
                /** @description Last day included, YYYY-MM-DD */
                end_date?: string;
                /** @description The entity (as Lean's own clients send it); with a JWT it must be the token's */
                entity_id?: string;
                /** @description Ask Lean for its transaction insights */
                insights?: boolean;
                meta?: string;
                /** @description Page number, from 0 */
                page?: number;
                /** @description Page size, 1–100 */
                size?: number;
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
                /** @description The results_id of a PENDING answer */
                results_id: string;
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
            /** @description Results of a pending data call */
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
                     *       "status": "OK",
                     *       "results_id": "2caa051e-04e2-4745-b50a-5133c99ce046",
                     *       "message": "Data successfully retrieved",
                     *       "meta": null,
                     *       "timestamp": "2025-09-13T00:27:07.322969021Z",
                     *       "status_detail": null,
                     *       "data": {
                     *         "accounts": [
                     *           {
                     *             "entity_id": "b7fe8c0c-212b-4168-a2e7-479f5a57e668",
                     *             "account_id": "20132874-5e62-4fed-9ae8-9e7763814224",
                     *             "status": "DISABLED",
                     *             "status_update_date_time": "2025-03-21T07:03:03Z",
                     *             "currency": "SAR",
                     *             "account_type": "PERSONAL",
                     *             "account_sub_type": "CURRENT",
                     *             "nickname": null,
                     *             "description": null,
                     *             "opening_date": "2025-03-11",
                     *             "maturity_date": null,
                     *             "account": [
                     *               {
                     *                 "scheme_name": "IBAN",
                     *                 "identification": "SA4820000123456789012345",
                     *                 "name": "AHMED MOHAMMAD ALI SALEM"
                     *               },
                     *               {
                     *                 "scheme_name": "BBAN",
                     *                 "identification": "077030010006084567890",
                     *                 "name": "AHMED MOHAMMAD ALI SALEM"
                     *               }
                     *             ],
                     *             "servicer": {
                     *               "scheme_name": "BICFI",
                     *               "identification": "RJHISARI"
                     *             }
                     *           }
                     *         ],
                     *         "page": {
                     *           "number": 0,
                     *           "size": 50,
                     *           "total_elements": 1,
                     *           "total_pages": 1
                     *         },
                     *         "type": "accounts"
                     *       },
                     *       "type": "accounts",
                     *       "refreshed_at": "2025-08-07T08:08:29.794Z"
                     *     }
                     */
                    "application/json": components["schemas"]["LeanResults"];
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
            /** @description Get a payout */
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
                     *       "id": "4c8cfd64-8b68-46e4-9531-9c4bbaefca85",
                     *       "payment_intent_id": "84ec9ed2-fea2-486d-9967-a87f0f521e95",
                     *       "payment_source_id": "3eb56f0c-cfa1-4a37-b1bd-0de76209b219",
                     *       "sender_details": {
                     *         "account_number": "5591673153157838",
                     *         "iban": "AE360355591673153157838",
                     *         "name": "Current Account"
                     *       },
                     *       "recipient_details": {
                     *         "account_number": "12312312312123",
                     *         "iban": "AE680030012312312312123",
                     *         "name": "Santiago Keebler"
                     *       },
                     *       "amount": 16,
                     *       "currency": "AED",
                     *       "description": "test payment",
                     *       "submission_timestamp": "2026-05-13T08:02:56.075921Z",
                     *       "initiation_timestamp": "2026-05-13T08:02:56.231877Z",
                     *       "status": "ACCEPTED_BY_BANK",
                     *       "post_initiation_status": "PROCESSED",
                     *       "bank_transaction_reference": "256884595",
                     *       "granular_status_code": null,
                     *       "status_additional_details": null
                     *     }
                     */
                    "application/json": components["schemas"]["LeanPayment"];
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
            /** @description Get a payout intent */
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
                     *       "payment_intent_id": "84ec9ed2-fea2-486d-9967-a87f0f521e95",
                     *       "customer_id": "fc07c600-ef35-48c1-a428-2c4067a54def",
                     *       "amount": 16,
                     *       "currency": "AED",
                     *       "description": "test payment",
                     *       "external_reference": null,
                     *       "payment": {
                     *         "id": "4c8cfd64-8b68-46e4-9531-9c4bbaefca85",
                     *         "payment_intent_id": "84ec9ed2-fea2-486d-9967-a87f0f521e95",
                     *         "payment_source_id": "3eb56f0c-cfa1-4a37-b1bd-0de76209b219",
                     *         "sender_details": {
                     *           "account_number": "5591673153157838",
                     *           "iban": "AE360355591673153157838",
                     *           "name": "Current Account"
                     *         },
                     *         "recipient_details": {
                     *           "account_number": "12312312312123",
                     *           "iban": "AE680030012312312312123",
                     *           "name": "Santiago Keebler"
                     *         },
                     *         "amount": 16,
                     *         "currency": "AED",
                     *         "description": "test payment",
                     *         "submission_timestamp": "2026-05-13T08:02:56.075921Z",
                     *         "initiation_timestamp": "2026-05-13T08:02:56.231877Z",
                     *         "status": "ACCEPTED_BY_BANK",
                     *         "post_initiation_status": "PROCESSED",
                     *         "bank_transaction_reference": "256884595",
                     *         "granular_status_code": null,
                     *         "status_additional_details": null
                     *       },
                     *       "payment_destination": {
                     *         "id": "8a7472ab-0e7d-4c3a-a1a6-b3206d033953",
                     *         "name": "Santiago Keebler",
                     *         "bank_identifier": "LEAN_SME_MB1_UAE",
                     *         "short_name": "ABC CORP",
                     *         "iban": "AE680030012312312312123",
                     *         "account_number": "12312312312123",
                     *         "swift_code": "ADCBAEAAXXX",
                     *         "status": "ACTIVE",
                     *         "address": "Dubai",
                     *         "country": "ARE",
                     *         "city": "Dubai",
                     *         "emirate": "Dubai",
                     *         "ifsc": null,
                     *         "sort_code": null,
                     *         "cool_off_expiry": null,
                     *         "routing_code": null,
                     *         "transit_code": null,
                     *         "branch_address": "Dubai",
                     *         "currency_iso_code": "AED",
                     *         "postal_code": "90710"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanPaymentIntent"];
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
            header: {
                /** @description 1–255 visible ASCII characters. Retrying with the same key never repeats the operation. Idempotency: required. The same key with the same body returns the stored answer (`Idempotent-Replayed: true`); with another body it is 422; while the first is running it is 409 with `Retry-After`. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeanPayoutRequest"];
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
            /** @description Create a payout */
            200: {
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
                     *       "end_user_id": "3eb56f0c-cfa1-4a37-b1bd-0de76209b219",
                     *       "payouts_payment_details": [
                     *         {
                     *           "payment_intent_id": "84ec9ed2-fea2-486d-9967-a87f0f521e95",
                     *           "initiate_payment_task_id": "8a89c3a0-f15d-42ea-8607-6dbb46925a42",
                     *           "account_number": "5591673153157838",
                     *           "iban": "AE360355591673153157838",
                     *           "destination_details": {
                     *             "destination_id": "8a7472ab-0e7d-4c3a-a1a6-b3206d033953",
                     *             "amount": 16,
                     *             "currency": "AED",
                     *             "payment_status": "CREATED",
                     *             "error_message": null,
                     *             "recipient_details": {
                     *               "account_number": "12312312312123",
                     *               "iban": "AE680030012312312312123",
                     *               "name": "ABC CORP"
                     *             }
                     *           },
                     *           "bank_identifier": "LEAN_DC_MB_SAU"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LeanPayoutCreated"];
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
            /** @description List payout destinations */
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
                    "application/json": components["schemas"]["LeanDestinations"];
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
                "application/json": components["schemas"]["LeanDestinationRequest"];
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
            /** @description Create a payout destination */
            200: {
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
                     * @example [
                     *       {
                     *         "add_beneficiary_task_id": "bc22c19a-af07-40b2-a12a-4f6b7c60906d",
                     *         "destination_id": "8a7472ab-0e7d-4c3a-a1a6-b3206d033953",
                     *         "bank_identifier": "LEAN_SME_MB1_UAE",
                     *         "iban": "AE680030012312312312123",
                     *         "account_number": "12312312312123",
                     *         "display_name": "ABC CORP",
                     *         "status": "CONFIRMED"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LeanDestinationsCreated"];
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
            /** @description Get a payout destination */
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
                    "application/json": components["schemas"]["LeanDestination"];
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
            query?: {
                /** @description Page number, from 0 */
                page_number?: number;
                /** @description Page size, 1–100 */
                page_size?: number;
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
                    "Lean-Correlation-Id": components["headers"]["LeanCorrelationId"];
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description List payouts */
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
                     *       "content": [
                     *         {
                     *           "recipient_name": "ABC CORP",
                     *           "recipient_bank_name": "LEAN_SME_MB1_UAE",
                     *           "recipient_iban": "AE680030012312312312123",
                     *           "recipient_cool_off_expiry": "2026-05-13T06:56:42.339256Z",
                     *           "recipient_address": "Dubai",
                     *           "recipient_city": "Dubai",
                     *           "recipient_country": "ARE",
                     *           "description": "test payment",
                     *           "currency": "AED",
                     *           "amount": 15,
                     *           "created_at": "2026-05-13T07:02:01.166240Z",
                     *           "updated_at": "2026-05-13T07:02:02.171135Z",
                     *           "payment_intent_id": "6aebe8b1-d869-4fb7-a908-939b95a994c8",
                     *           "auto_authorized": true,
                     *           "pending_manual_authorization": false,
                     *           "status": "FAILED",
                     *           "post_initiation_status": null,
                     *           "bank_transaction_reference": null
                     *         }
                     *       ],
                     *       "page": {
                     *         "number": 0,
                     *         "size": 50,
                     *         "total_elements": 1,
                     *         "total_pages": 1,
                     *         "sort": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanPayments"];
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
            /** @description Payout status history */
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
                     *       "content": [
                     *         {
                     *           "payment_id": "4c8cfd64-8b68-46e4-9531-9c4bbaefca85",
                     *           "events": [
                     *             {
                     *               "event": "payment.created",
                     *               "status": "ACCEPTED_BY_BANK",
                     *               "post_initiation_status": null,
                     *               "published_at": "2026-05-13T08:02:56.302859Z"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "page": {
                     *         "number": 0,
                     *         "size": 10,
                     *         "total_elements": 1,
                     *         "total_pages": 1,
                     *         "sort": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LeanPaymentHistory"];
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
