// Every unit test judges with the shipped model, installed as the worker installs it before its first verdict.
import { loadModelFile } from '../../scripts/model-file';

loadModelFile();
