/** Contracts and the billing history (docs/assets-and-contracts.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildCommercialSchemas() {
  const { looseBoolean, namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  const contractSchema = z.looseObject({
    id: numericId,
    name: z.string(),
    client: namedRef.nullish(),
    contract_type: namedRef.nullish(),
    /** Free | Credit | Shared | Hours | Saas/Product | Per ticket | Cumulative Hours. */
    modality: optionalText,
    /** actives | readjust | expired. */
    status: optionalText,
    /** Double "l", as TiFlux spells it. */
    cancelled: looseBoolean,
    expiration_date: optionalText,
    readjustment_date: optionalText,
    /** Money strings; "--" when the key may not see values. */
    total_value: textOrNumber,
    rider_value: textOrNumber,
    rider_tax: textOrNumber,
    /** Months. */
    duration: textOrNumber,
    readjust_duration: textOrNumber,
  });

  const billingSchema = z.looseObject({
    billing_id: numericId,
    billing_date: optionalText,
    client_id: numericId.nullish(),
    client_name: optionalText,
    due_date: optionalText,
    nfe_number: textOrNumber,
    paid: looseBoolean,
    /** Decimal string; positive even for a reversal. */
    real_value: textOrNumber,
    reversal: looseBoolean,
  });

  return {
    contractListSchema: z.array(contractSchema),
    billingListSchema: z.array(billingSchema),
  };
}

export const commercialSchemas = lazySchemas(buildCommercialSchemas);

type Built = ReturnType<typeof buildCommercialSchemas>;
export type Contract = z.output<Built['contractListSchema']>[number];
export type Billing = z.output<Built['billingListSchema']>[number];
