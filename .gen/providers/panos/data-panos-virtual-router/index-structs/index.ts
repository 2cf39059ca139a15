export * from './structs0'
export * from './structs400'
