import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An agency that issues plans or nominates: a second tree located in the territorial one.' })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. "BACKAN.BABE.UBND".' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName!: string | null;

  @Field(() => String, { description: 'Kind code (UBND, SO, PHONG, TRUONG_HOC, CONG_AN, …).' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Sector code (CONG_AN, QUAN_SU, GIAO_DUC, Y_TE, …).' })
  sector!: string | null;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The administrative unit it is located in.' })
  unitId!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validFrom!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day valid (inclusive).' })
  validTo!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: 'Loaded from the reference data of the seed plans.' })
  isReference!: boolean;

  @Field(() => Int, { description: 'Increases on every change; send it back with updates to detect concurrent edits.' })
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Search in names, short names and codes, ignoring diacritics.' })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Every organization below this one.' })
  ancestorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Located in this administrative unit.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Located anywhere in the territorial subtree of this unit (the unit included).' })
  unitAncestorId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only organizations valid on this day (default: all).' })
  validOn?: string | null;
}

@ArgsType()
export class CreateOrganizationArgs {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => String)
  kind!: string;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validTo?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ArgsType()
export class UpdateOrganizationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version read; the update is refused with CONFLICT if it changed since.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validTo?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

export type OrganizationInput = CreateOrganizationArgs;
export type OrganizationPatch = Omit<UpdateOrganizationArgs, 'id'>;
