import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A unit of the territorial hierarchy in one official state (GSO code, valid between two dates).' })
export class AdministrativeUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'GSO code: 2 digits for provinces, 3 for districts, 5 for communes. Reused across states.' })
  code!: string;

  @Field(() => String, { description: 'Official full name with its type word, e.g. "Huyện Ba Bể".' })
  name!: string;

  @Field(() => String, { description: 'Name without the type word, e.g. "Ba Bể".' })
  shortName!: string;

  @Field(() => String, { description: 'Kind code: tinh, thanh_pho_tw, huyen, quan, thi_xa, thanh_pho, xa, phuong, thi_tran, dac_khu.' })
  kind!: string;

  @Field(() => String, { description: 'Level code: province, district, commune.' })
  level!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day valid; null: since before the earliest state held (1 March 2025).' })
  validFrom!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day valid (inclusive); null: still valid.' })
  validTo!: string | null;

  @Field(() => String, { description: 'The official list the unit comes from: VN-2024 (before 1 July 2025) or VN-2025.' })
  dataset!: string;
}

@ObjectType({ description: 'One row of the official old → new mapping.' })
export class UnitSuccession {
  @Field(() => ID)
  predecessorId!: string;

  @Field(() => ID)
  successorId!: string;

  @Field(() => String, { description: 'full: the whole unit went there; partial: only part of its area or population.' })
  share!: string;

  @Field(() => GraphQLLocalDate)
  effectiveDate!: string;

  @Field(() => String, { nullable: true, description: 'The NSO note, verbatim.' })
  note!: string | null;
}

@InputType()
export class AdministrativeUnitFilter {
  @Field(() => String, { nullable: true, description: 'Search in names and codes, ignoring diacritics ("ba be" finds Ba Bể).' })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  level?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every unit below this one (the whole subtree, not the unit itself).' })
  ancestorId?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The state of the country on this day. Defaults to today unless ids, parentId or ancestorId narrow the list, or allTime is set.',
  })
  validOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Units of every state, whatever their validity.' })
  allTime?: boolean | null;
}
